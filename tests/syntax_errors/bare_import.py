import os
import
