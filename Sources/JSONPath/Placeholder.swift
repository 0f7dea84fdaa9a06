public enum JSONPathPlaceholder {}
