"""Exchange bundles in the GUI: share, receive (preview, conflicts, who is who), contacts."""
