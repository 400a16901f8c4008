// The project's one HTML escaper lives with the notices (pure); the console reaches it through the door.
@_exported public import enum Notices.HTMLEscaping
