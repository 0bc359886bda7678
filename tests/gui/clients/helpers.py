"""Reading what the client list shows, as a person would see it."""

from casedesk.ui.clients.page import ClientsPage


def column(page: ClientsPage, col: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def row_ids(page: ClientsPage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]  # type: ignore[union-attr]
