// The values the front door's use cases take and return, re-exported one by one so that a caller (the
// CLI, the web console) imports only `Yuanjiao` and never sees the catalogue, GRDB or libavformat. The planner's
// values include those the console's pages show (a station, its month's plan, the check of it).
@_exported public import enum Catalogue.Audience
@_exported public import struct Catalogue.IndexProgress
@_exported public import struct Catalogue.IndexReport
@_exported public import struct Catalogue.LibrarianChange
@_exported public import struct Catalogue.LibrarianEdit
@_exported public import struct Catalogue.ResourceDetails
@_exported public import struct Catalogue.ReviewQueue
@_exported public import struct Catalogue.SearchResults
@_exported public import struct Catalogue.TagOutcome
@_exported public import struct Catalogue.TagPreview
@_exported public import struct Catalogue.AttendanceRecord
@_exported public import struct Catalogue.VisitorRecord
@_exported public import enum Catalogue.TagTarget
@_exported public import struct Planner.MonthPlan
@_exported public import struct Planner.YearMonth
@_exported public import struct Planner.LocalDate
@_exported public import struct Planner.TimeOfDay
@_exported public import struct Planner.PlannedSession
@_exported public import enum Planner.SessionKind
@_exported public import struct Planner.ContentTolerance
@_exported public import struct Planner.CheckReport
@_exported public import struct Planner.Station
@_exported public import struct Planner.StationPlan
