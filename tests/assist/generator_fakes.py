"""Test doubles for the drafting and polishing tests (a module name no other test directory uses)."""


class ScriptedGenerator:
    """A language model that replies from a script and records the messages."""

    name = "openai"
    is_language_model = True

    def __init__(self, *replies):
        self.replies = list(replies)
        self.calls = []

    def generate(self, messages, max_new_tokens=1024, temperature=0.2):
        self.calls.append(messages)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply
