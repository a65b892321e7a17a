"""The app's screens other than the main one."""
