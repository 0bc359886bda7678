"""Brief dialog: choose a document and profile, preview, save and print."""
