"""Dictionaries with str keys: word counting, lookups, updates and deletes.

Measures dict insert, lookup (hit and miss), `in`, get with default,
setdefault, update, pop, del, iteration over keys/items/values, dict
comprehensions, and hashing of short strings (cached and freshly built).
Words are made deterministically from syllables with a linear congruential
generator, so the run needs no random module.
"""

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ro", "vi", "pe", "do", "zu", "qua"]


def make_words(n, seed):
    words = []
    x = seed
    syl = SYLLABLES
    ns = len(syl)
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (x >> 8) % 3
        w = ""
        y = x
        for _ in range(k):
            w += syl[y % ns]
            y //= ns
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_get(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    return groups


def main():
    words = make_words(60000, 42)
    total = 0
    for rep in range(90):
        c1 = count_words(words)
        c2 = count_get(words)
        same = 0
        for k, v in c1.items():
            if c2[k] == v:
                same += 1
        total += same
        g = group_by_first(words)
        lens = {k: len(v) for k, v in g.items()}
        merged = dict(c1)
        merged.update(lens)
        missing = 0
        for w in ("x" + s for s in SYLLABLES):
            if merged.get(w) is None:
                missing += 1
        for k in list(merged):
            if merged[k] % 2 == 0:
                del merged[k]
        popped = 0
        for s in SYLLABLES:
            popped += merged.pop(s + s, 0)
        total += len(merged) + missing + popped + sum(lens.values())
    top = sorted(c1.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("dicts", len(c1), total, top)


if __name__ == "__main__":
    main()
