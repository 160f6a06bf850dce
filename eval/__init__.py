"""Dataset loaders, metrics and the ``fulian eval`` reports."""
