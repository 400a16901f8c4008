import Testing
import HummingbirdTesting
@testable import Console
