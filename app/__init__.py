"""The FastAPI service, the Gradio UI and the ``fulian`` CLI."""
