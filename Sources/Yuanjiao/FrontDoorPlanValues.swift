// The planner's values the console's pages show (a station, its month's plan, the check of it), re-exported
// so that the console imports only `Yuanjiao` (see FrontDoorValues.swift for the rest).
@_exported public import struct Planner.CheckReport
@_exported public import struct Planner.Station
@_exported public import struct Planner.StationPlan
