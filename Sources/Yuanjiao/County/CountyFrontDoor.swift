// The county's view hands these catalogue values through the one front door (see FrontDoorValues.swift).
@_exported public import struct Catalogue.ReflectionRecord
@_exported public import struct Catalogue.SurveyAnswer
