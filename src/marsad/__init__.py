"""marsad (مرصد): Arabic-native conflict event data from news, with provenance."""

__version__ = "0.1.0"
