mode = 0o779
