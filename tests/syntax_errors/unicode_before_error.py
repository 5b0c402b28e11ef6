name = "Zoë"
greeting = "héllo" name
