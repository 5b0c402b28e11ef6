"""String work: building, slicing, split/join/replace, methods and formatting.

Measures str concatenation and join, f-strings with format specs,
str.format and % formatting, split/strip/replace/upper/lower/find/
startswith/endswith/count, slicing and indexing, int<->str conversion
and equality/ordering comparisons of strings.
"""


def build_lines(n):
    lines = []
    for i in range(n):
        name = "item" + str(i % 97)
        lines.append(f"{i:05d}, {name:>8}, {i * 1.5:.2f} ,{'odd' if i & 1 else 'even'}")
    return lines


def parse_lines(lines):
    total = 0
    names = 0
    odd = 0
    for line in lines:
        fields = [f.strip() for f in line.split(",")]
        total += int(fields[0])
        total += int(float(fields[2]))
        if fields[1].startswith("item9"):
            names += 1
        if fields[3].endswith("d"):
            odd += 1
    return total, names, odd


def transform(text):
    t = text.replace("item", "ITEM").lower().upper()
    t = t.replace(", ", ";")
    pos = 0
    hits = 0
    while True:
        pos = t.find("ITEM1", pos)
        if pos < 0:
            break
        hits += 1
        pos += 5
    return hits, t.count(";"), len(t)


def formatting(n):
    out = []
    for i in range(n):
        out.append("{}-{:>4}-{:x}".format(i, i % 13, i))
        out.append("%d/%s/%05.1f" % (i, "ab"[i & 1], i / 7))
        out.append(repr(i * 0.25))
    s = "|".join(out)
    return len(s), s[100:120], s[-20:]


def reverse_words(text):
    words = text.split()
    return " ".join(w[::-1] for w in words)


def main():
    result = []
    for rep in range(32):
        lines = build_lines(15000)
        total, names, odd = parse_lines(lines)
        text = "\n".join(lines)
        hits, semis, length = transform(text)
        flen, mid, tail = formatting(12000)
        rev = reverse_words(text[:200000])
        result = [total, names, odd, hits, semis, length, flen, mid, tail, len(rev), rev[:30]]
        ordered = 0
        for i in range(1, len(lines)):
            if lines[i - 1] < lines[i]:
                ordered += 1
        result.append(ordered)
    print("strings", result)


if __name__ == "__main__":
    main()
