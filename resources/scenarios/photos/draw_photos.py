"""Draw the scenario photos scripted departments attach (drawn, not taken: no citizen, no
real place is in them). Run `python resources/scenarios/photos/draw_photos.py` to redraw
them; the output is the same every time (a fixed seed)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

SIZE = (800, 600)
HERE = Path(__file__).resolve().parent
RGB = tuple[int, int, int]


def _sky(draw: ImageDraw.ImageDraw, top: RGB, bottom: RGB, height: int) -> None:
    for y in range(height):
        t = y / max(height - 1, 1)
        color = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (SIZE[0], y)], fill=color)


def _grain(image: Image.Image, rng: random.Random, amount: int = 10) -> Image.Image:
    """Sensor noise and a slight blur, so the drawing reads like a phone photo."""
    noise = Image.effect_noise(SIZE, amount).convert("RGB")
    image = Image.blend(image, noise, 0.06)
    return image.filter(ImageFilter.GaussianBlur(0.6))


def _person(draw: ImageDraw.ImageDraw, x: int, y: int, vest: RGB) -> None:
    draw.ellipse([x - 7, y - 42, x + 7, y - 28], fill=(224, 188, 150))
    draw.rectangle([x - 10, y - 28, x + 10, y - 4], fill=vest)
    draw.line([(x - 6, y - 4), (x - 8, y + 18)], fill=(40, 40, 60), width=6)
    draw.line([(x + 6, y - 4), (x + 8, y + 18)], fill=(40, 40, 60), width=6)
    draw.rectangle([x - 10, y - 46, x + 10, y - 40], fill=(250, 210, 0))  # helmet


def river_cleared(rng: random.Random) -> Image.Image:
    """濠河 after the cleaning boat: open water, weeds piled on the bank, the bridge behind."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _sky(draw, (150, 190, 225), (215, 230, 240), 220)
    draw.rectangle([0, 150, 800, 230], fill=(70, 110, 70))  # trees on the far bank
    for _ in range(60):
        x, y = rng.randint(0, 800), rng.randint(140, 200)
        draw.ellipse([x - 30, y - 25, x + 30, y + 25], fill=(50 + rng.randint(0, 40), 95, 55))
    draw.arc([250, 120, 550, 360], 180, 360, fill=(180, 175, 165), width=22)  # bridge arch
    draw.rectangle([230, 200, 570, 214], fill=(190, 185, 175))
    for y in range(230, 600):  # water, darker towards the camera
        t = (y - 230) / 370
        draw.line([(0, y), (800, y)], fill=(int(70 - 30 * t), int(120 - 30 * t), int(120 - 20 * t)))
    for _ in range(260):  # ripples
        x, y = rng.randint(0, 800), rng.randint(240, 560)
        w = rng.randint(10, 40)
        draw.line([(x, y), (x + w, y)], fill=(130, 170, 170), width=1)
    for _ in range(14):  # a few weed strands left
        x, y = rng.randint(0, 800), rng.randint(300, 520)
        draw.ellipse([x, y, x + rng.randint(8, 20), y + 4], fill=(60, 120, 40))
    draw.polygon([(0, 470), (260, 430), (330, 600), (0, 600)], fill=(120, 115, 100))  # bank
    for _ in range(90):  # the weeds and rubbish taken out, piled on the bank
        x, y = rng.randint(20, 230), rng.randint(440, 560)
        green = (40 + rng.randint(0, 50), 100 + rng.randint(0, 60), 30)
        draw.ellipse([x, y, x + rng.randint(10, 30), y + rng.randint(6, 14)], fill=green)
    for _ in range(8):
        x, y = rng.randint(40, 220), rng.randint(450, 540)
        draw.rectangle([x, y, x + 8, y + 16], fill=(220, 230, 240))  # plastic bottles
    draw.polygon([(480, 330), (700, 330), (670, 372), (510, 372)], fill=(230, 230, 225))  # boat
    draw.rectangle([560, 296, 620, 330], fill=(200, 60, 40))
    _person(draw, 520, 330, (240, 120, 20))
    _person(draw, 650, 330, (240, 120, 20))
    return _grain(image, rng)


def outfall_sealed(rng: random.Random) -> Image.Image:
    """A restaurant's drain into the river, sealed with fresh concrete, and a notice."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    for y in range(0, 380, 30):  # the stone embankment
        offset = 0 if (y // 30) % 2 else 40
        for x in range(-40, 800, 80):
            shade = 150 + rng.randint(-15, 15)
            draw.rectangle([x + offset, y, x + offset + 78, y + 28], fill=(shade, shade - 5, 140))
    draw.ellipse([300, 150, 460, 310], fill=(60, 60, 60))  # the pipe's mouth
    draw.ellipse([315, 165, 445, 295], fill=(175, 175, 170))  # the concrete plug
    for _ in range(120):
        x, y = rng.randint(325, 435), rng.randint(175, 285)
        draw.point((x, y), fill=(140, 140, 135))
    draw.rectangle([520, 120, 700, 240], fill=(250, 250, 245), outline=(200, 30, 30), width=6)
    for row in range(4):  # the notice's lines of text
        draw.line([(540, 150 + 22 * row), (680, 150 + 22 * row)], fill=(60, 60, 60), width=5)
    for y in range(380, 600):
        t = (y - 380) / 220
        draw.line([(0, y), (800, y)], fill=(int(90 - 30 * t), int(115 - 25 * t), 100))
    for _ in range(180):
        x, y = rng.randint(0, 800), rng.randint(390, 590)
        draw.line([(x, y), (x + rng.randint(8, 30), y)], fill=(140, 160, 150))
    return _grain(image, rng)


def tree_cleared(rng: random.Random) -> Image.Image:
    """A street at night after the typhoon: the fallen tree cut up at the kerb, lane open."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _sky(draw, (20, 25, 45), (45, 50, 70), 300)
    draw.polygon([(0, 600), (320, 300), (480, 300), (800, 600)], fill=(55, 55, 60))  # road
    for i in range(6):  # the centre line
        y0 = 320 + i * 50
        draw.polygon(
            [(398, y0), (402, y0), (406 + i * 3, y0 + 30), (394 - i * 3, y0 + 30)],
            fill=(230, 210, 120),
        )
    draw.polygon([(0, 600), (0, 420), (300, 300), (320, 300)], fill=(95, 95, 90))  # pavement
    draw.line([(600, 300), (600, 120)], fill=(80, 80, 80), width=6)  # street lamp
    draw.ellipse([570, 100, 640, 135], fill=(255, 230, 160))
    draw.polygon([(540, 135), (660, 135), (760, 600), (420, 600)], fill=(85, 80, 60))  # lamplight
    for i in range(5):  # logs cut from the trunk
        x, y = 60 + i * 48, 470 - i * 22
        draw.rectangle([x, y, x + 60, y + 36], fill=(110, 75, 45))
        draw.ellipse([x + 48, y, x + 72, y + 36], fill=(200, 165, 110))
    for _ in range(70):  # branches and leaves swept together
        x, y = rng.randint(20, 260), rng.randint(500, 590)
        draw.ellipse([x, y, x + 24, y + 12], fill=(30, 70 + rng.randint(0, 40), 30))
    for x in (300, 340, 500):  # traffic cones
        draw.polygon([(x, 420), (x + 16, 420), (x + 8, 380)], fill=(250, 110, 20))
    _person(draw, 260, 430, (250, 200, 0))
    for _ in range(400):  # rain
        x, y = rng.randint(0, 800), rng.randint(0, 600)
        draw.line([(x, y), (x - 4, y + 14)], fill=(120, 130, 150))
    return _grain(image, rng, 14)


def underpass_drained(rng: random.Random) -> Image.Image:
    """The underpass after the pumps: wet road, puddles, a pump truck, the barrier up."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 800, 600], fill=(70, 70, 75))
    draw.polygon([(0, 0), (800, 0), (560, 220), (240, 220)], fill=(110, 110, 115))  # roof
    draw.rectangle([240, 220, 560, 380], fill=(25, 25, 30))  # the tunnel mouth
    for i in range(5):  # tunnel lights
        draw.rectangle([270 + i * 60, 232, 300 + i * 60, 238], fill=(250, 240, 200))
    draw.polygon([(0, 600), (240, 380), (560, 380), (800, 600)], fill=(60, 62, 68))  # road
    for _ in range(12):  # puddles left on the road, with reflections
        x, y = rng.randint(150, 650), rng.randint(420, 580)
        w = rng.randint(40, 120)
        draw.ellipse([x, y, x + w, y + w // 5], fill=(95, 105, 125))
    draw.line([(0, 390), (240, 300)], fill=(120, 100, 70), width=4)  # the water's mark
    draw.line([(800, 390), (560, 300)], fill=(120, 100, 70), width=4)
    draw.rectangle([560, 380, 780, 500], fill=(230, 90, 30))  # pump truck
    draw.rectangle([700, 340, 780, 400], fill=(220, 220, 220))
    for x in (590, 740):
        draw.ellipse([x - 22, 480, x + 22, 524], fill=(20, 20, 20))
    draw.line([(560, 450), (420, 520), (330, 470)], fill=(40, 60, 160), width=10)  # hose
    draw.rectangle([40, 330, 230, 345], fill=(240, 240, 240))  # barrier, raised
    for x in range(40, 230, 40):
        draw.rectangle([x, 330, x + 20, 345], fill=(220, 30, 30))
    _person(draw, 300, 470, (250, 200, 0))
    return _grain(image, rng)


def main_repaired(rng: random.Random) -> Image.Image:
    """The burst water main in its pit, a repair clamp on it, water flowing again."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _sky(draw, (170, 190, 205), (200, 205, 210), 160)
    draw.rectangle([0, 160, 800, 600], fill=(120, 115, 110))  # asphalt
    draw.polygon([(120, 250), (680, 250), (620, 560), (180, 560)], fill=(110, 80, 55))  # pit
    draw.polygon([(160, 280), (640, 280), (600, 540), (200, 540)], fill=(90, 65, 45))
    draw.rectangle([150, 390, 650, 450], fill=(40, 90, 170))  # the main
    draw.rectangle([360, 375, 440, 465], fill=(150, 150, 155))  # the clamp
    for x in range(368, 440, 18):
        draw.ellipse([x, 378, x + 8, 386], fill=(90, 90, 90))
        draw.ellipse([x, 454, x + 8, 462], fill=(90, 90, 90))
    for _ in range(200):  # soil
        x, y = rng.randint(170, 630), rng.randint(460, 540)
        draw.point((x, y), fill=(70 + rng.randint(0, 30), 50, 35))
    for x in (80, 720):  # barriers round the pit
        draw.rectangle([x - 40, 220, x + 40, 300], fill=(240, 240, 240))
        for y in range(225, 300, 20):
            draw.rectangle([x - 40, y, x + 40, y + 9], fill=(220, 40, 40))
    _person(draw, 250, 380, (240, 120, 20))
    draw.rectangle([660, 170, 760, 240], fill=(30, 100, 200))  # the water company's van
    return _grain(image, rng)


PHOTOS: dict[str, Callable[[random.Random], Image.Image]] = {
    "haohe_river_cleared.jpg": river_cleared,
    "outfall_sealed.jpg": outfall_sealed,
    "typhoon_tree_cleared.jpg": tree_cleared,
    "underpass_drained.jpg": underpass_drained,
    "water_main_repaired.jpg": main_repaired,
}


def main() -> None:
    """Draw every photo into this folder."""
    for name, draw in PHOTOS.items():
        image = draw(random.Random(name))
        image.save(HERE / name, "JPEG", quality=80, optimize=True)
        print(name, (HERE / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
