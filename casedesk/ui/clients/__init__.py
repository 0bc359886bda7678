"""Clients: the list, its filters, and each client's detail."""
