"""Helper with its own main guard: the guarded block must not run on import. Prints nothing on import."""
RAN_AS_MAIN = False
def main():
    return f"helper main() called, __name__={__name__}"
if __name__ == "__main__":
    RAN_AS_MAIN = True
    print("helper_cli run directly")
