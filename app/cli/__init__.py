"""The ``fulian`` command line. ``main.py`` assembles one module per capability."""
