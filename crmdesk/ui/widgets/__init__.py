"""Building blocks the screens share: table models with Column objects, the form dialog, the
list-screen skeleton, the soft-delete undo command and time helpers."""
