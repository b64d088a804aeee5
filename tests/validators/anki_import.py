"""Imports Anki text files, in the order given, with Anki's own importer (PyPI `anki`,
the real backend) into one new collection, as a user importing a newer export would:
a later import of the same items must update the notes, not add copies (the GUID
column). Prints the import log's counts and every note as JSON for
the Rust test to compare with the bank; exits 1 if Anki refuses the file."""
import json
import os
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest

with tempfile.TemporaryDirectory() as d:
    col = Collection(os.path.join(d, "collection.anki2"))
    logs = []
    for path in sys.argv[1:]:
        md = col.get_csv_metadata(path=path, delimiter=None)
        log = col.import_csv(ImportCsvRequest(path=path, metadata=md)).log
        logs.append({
            "new": len(log.new), "updated": len(log.updated), "duplicate": len(log.duplicate),
            "conflicting": len(log.conflicting), "first_field_match": len(log.first_field_match),
            "empty_first_field": len(log.empty_first_field), "missing_notetype": len(log.missing_notetype),
            "missing_deck": len(log.missing_deck), "found_notes": log.found_notes,
        })
    notes = []
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        card = note.cards()[0]
        notes.append({
            "guid": note.guid,
            "notetype": note.note_type()["name"],
            "deck": col.decks.name(card.did),
            "fields": list(note.fields),
            "tags": list(note.tags),
            "cards": len(note.cards()),
        })
    col.close()
print(json.dumps({"logs": logs, "notes": notes}, ensure_ascii=False))
