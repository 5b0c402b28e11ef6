from os import path as
