"""Encryption at rest, as the window shows it: unlocking a store at start, encrypting a
plain store and changing its passphrase, and locking the window (now, or after a chosen
idle time) so no client data is on screen until the passphrase is given again."""
