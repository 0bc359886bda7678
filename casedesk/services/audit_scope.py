"""Checking the part of a team store's audit trail that a login can see.

The chain links every entry to the one before it. Row-level security shows a
non-admin only the entries about their matters' clients and their own, so walking
"the chain" through what they see finds a link to an entry they cannot see at the
first colleague's entry, and would report the trail altered when nothing is wrong.
What such a login can still check, and this module checks:

- each visible entry's own seal: its keyed hash over its fields and the hash it names
  as its predecessor (the chain key is readable by every team member), and its
  before/after digest: an entry changed after it was written fails here;
- every link between two visible entries that follow each other in the chain;
- that no two visible entries claim the same predecessor (a forked chain).

Whether entries are missing in between, only a login that sees every entry (an admin)
can tell: ``casedesk check`` says so rather than guess.
"""

from sqlmodel import Session

from casedesk.services.audit import ChainReport, chain_key
from casedesk.storage import audit_chain as chain

ADMINS_ONLY = (
    "the full audit-chain check is for team administrators: your login sees only the "
    "entries about your matters, so the links through colleagues' entries cannot be "
    "followed. Checked instead: each of the {entries:,} entries you can see is sealed "
    "and unaltered, and {links:,} links between them hold"
)


def verify_visible(session: Session) -> tuple[ChainReport, int]:
    """Check every entry this login sees on its own (see the module's docstring);
    returns the report (first problem found, if any) and the links checked."""
    key, key_path = chain_key(session)
    count = 0
    links = 0
    last_hash = ""
    successors: set[str] = set()
    for e in chain.iter_entries(session):
        count += 1
        stated_prev = str(e["prev_hash"])
        reason = ""
        if stated_prev in successors:
            reason = "it follows the same entry as another one (the chain was forked)"
        elif (e["before"] or e["after"]) and chain.payload_digest(e["before"], e["after"]) != e[
            "payload_digest"
        ]:
            reason = "its before/after values were changed"
        elif key is not None and chain.entry_mac(key, stated_prev, e) != e["hash"]:
            reason = "it was changed or renumbered after it was written"
        if reason:
            return ChainReport(count, last_hash, int(e["id"]), reason), links
        if count > 1 and stated_prev == last_hash:
            links += 1
        successors.add(stated_prev)
        last_hash = str(e["hash"])
    missing = key is None and count > 0
    return ChainReport(count, last_hash, None, key_missing=missing, key_path=key_path), links
