"""Attribute access and method calls on user classes: a 2-D vector class with
operator overloading, properties and inheritance, driving a particle system.

Measures instance creation (__init__), instance attribute loads and stores,
method calls, dunder dispatch for + - * and ==, @property getters,
super().__init__ and inherited/overridden methods.
"""

import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def scaled_to(self, n):
        l = self.length
        if l == 0.0:
            return Vec(0.0, 0.0)
        return self * (n / l)


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def step(self, dt, gravity):
        self.vel = self.vel + gravity * dt
        self.pos = self.pos + self.vel * dt
        self.collide()

    def collide(self):
        p = self.pos
        if p.y < 0.0:
            self.pos = Vec(p.x, -p.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.9)
            self.bounces += 1

    def energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel) + self.mass * 9.81 * self.pos.y


class DragParticle(Particle):
    def __init__(self, pos, vel, mass, drag):
        super().__init__(pos, vel, mass)
        self.drag = drag

    def step(self, dt, gravity):
        self.vel = self.vel - self.vel.scaled_to(self.drag * dt * self.vel.length)
        super().step(dt, gravity)


class World:
    def __init__(self):
        self.particles = []
        self.gravity = Vec(0.0, -9.81)
        self.ticks = 0

    def add(self, p):
        self.particles.append(p)

    def tick(self, dt):
        g = self.gravity
        for p in self.particles:
            p.step(dt, g)
        self.ticks += 1

    def total_energy(self):
        e = 0.0
        for p in self.particles:
            e += p.energy()
        return e


def main():
    w = World()
    for i in range(40):
        pos = Vec(float(i), 10.0 + (i % 7))
        vel = Vec((i % 5) - 2.0, (i % 3) * 1.5)
        if i % 2:
            w.add(DragParticle(pos, vel, 1.0 + i % 4, 0.01))
        else:
            w.add(Particle(pos, vel, 1.0 + i % 4))
    e0 = w.total_energy()
    for _ in range(22000):
        w.tick(0.001)
    e1 = w.total_energy()
    bounces = 0
    for p in w.particles:
        bounces += p.bounces
    same = 0
    for p in w.particles:
        if p.pos == p.pos + Vec(0.0, 0.0):
            same += 1
    print(f"objects {w.ticks} {bounces} {same} {e0:.6f} {e1:.6f}")


if __name__ == "__main__":
    main()
