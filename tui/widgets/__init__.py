"""The app's widgets; each module holds one."""
