"""Importing other apps' workout history (Strong, Hevy, FitNotes) and exporting Vigor's as CSV.

parse:     detect.parse(lines, source, units) -> Parsed   (model.SourceSet rows, line-numbered issues)
mapping:   mapping.Mapper -> each source exercise name to a catalog or custom exercise
assemble:  assemble.sessions(parsed, resolve, tz) -> session candidates (LoggedSession) with issues
service:   service.import_file(...) -> ImportSummary (dry run or write; idempotent)
export:    export.rows(...) -> Strong's current CSV layout
custom:    custom.* -> the user's own exercises (create, rename, merge, delete)
"""
