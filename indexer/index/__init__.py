"""The Whoosh index: schema and records, generations, the writer lock, atomic swap."""
