city = "Zürich" + 'abc
