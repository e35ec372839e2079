//! The wizard's window for tests, and page snapshots a reviewer can look at: committed PNGs in
//! `tests/snapshots/`, compared with a small tolerance. A missing or changed snapshot fails;
//! only a deliberate local update (`PRINTER_OAUTH_UPDATE_SNAPSHOTS=1`) writes new ones, and
//! never under `CI`.

use std::path::{Path, PathBuf};

/// An element in a test window of `size`, drawn with the wizard's embedded fonts (iced_test
/// draws at 2x, as at 200 % scaling).
pub fn simulator<'a, M>(
    element: impl Into<iced::Element<'a, M>>,
    size: iced::Size,
) -> iced_test::Simulator<'a, M> {
    iced_test::Simulator::with_size(
        iced::Settings {
            default_font: super::FONT,
            fonts: vec![super::MONO_BYTES.into()],
            ..iced::Settings::default()
        },
        size,
        element,
    )
}

/// The environment variable that writes the snapshots anew.
const UPDATE: &str = "PRINTER_OAUTH_UPDATE_SNAPSHOTS";

/// A channel may differ by this much and the pixel still counts as the same (anti-aliasing).
const CHANNEL_TOLERANCE: u8 = 24;

/// At most this share of the pixels may differ: far less than one changed word.
const PIXEL_TOLERANCE: f64 = 0.0001;

/// An image's size and RGBA pixels.
struct Image {
    width: u32,
    height: u32,
    rgba: Vec<u8>,
}

fn read_png(path: &Path) -> Image {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut rgba = vec![0; reader.output_buffer_size().expect("fits in memory")];
    let info = reader
        .next_frame(&mut rgba)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        info.color_type,
        png::ColorType::Rgba,
        "{} is RGBA",
        path.display()
    );
    rgba.truncate(info.buffer_size());
    Image {
        width: info.width,
        height: info.height,
        rgba,
    }
}

/// The share of pixels that differ beyond the channel tolerance (1.0 for another size).
fn difference(a: &Image, b: &Image) -> f64 {
    if (a.width, a.height) != (b.width, b.height) {
        return 1.0;
    }
    let differing = a
        .rgba
        .chunks(4)
        .zip(b.rgba.chunks(4))
        .filter(|(p, q)| {
            p.iter()
                .zip(q.iter())
                .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)
        })
        .count();
    differing as f64 / (a.width as f64 * a.height as f64)
}

fn committed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.png"))
}

/// Where a failing snapshot's actual rendering is left for a look.
fn actual(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/snapshots-actual")
        .join(format!("{name}.png"))
}

/// The snapshot's pixels, as iced_test writes them into a fresh temporary PNG (removed with
/// the folder returned).
fn rendered(snapshot: &iced_test::simulator::Snapshot) -> (Image, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temporary directory");
    snapshot
        .matches_image(dir.path().join("page.png"))
        .expect("the snapshot is written");
    let written = std::fs::read_dir(dir.path())
        .expect("the temporary directory")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .expect("iced_test wrote a PNG");
    (read_png(&written), written, dir)
}

/// Whether a deliberate update was asked for (refused under CI).
fn updating() -> bool {
    let asked = std::env::var(UPDATE).as_deref() == Ok("1");
    assert!(
        !(asked && std::env::var_os("CI").is_some()),
        "{UPDATE} is refused under CI: snapshots are updated by a person, locally"
    );
    asked
}

/// The snapshot matches `tests/snapshots/{name}.png`, within the tolerance.
pub fn assert_matches(snapshot: &iced_test::simulator::Snapshot, name: &str) {
    let (image, written, _dir) = rendered(snapshot);
    let expected = committed(name);
    if updating() {
        std::fs::copy(&written, &expected).expect("the snapshot is updated");
        return;
    }
    let keep_actual = || {
        let path = actual(name);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("target folder");
        std::fs::copy(&written, &path).expect("the actual rendering is kept");
        path
    };
    if !expected.exists() {
        panic!(
            "no snapshot {}: look at {} and, if it is right, run the tests with {UPDATE}=1",
            expected.display(),
            keep_actual().display()
        );
    }
    let share = difference(&image, &read_png(&expected));
    if share > PIXEL_TOLERANCE {
        panic!(
            "{name} changed ({:.3} % of the pixels): compare {} with {}; if the change is \
             right, run the tests with {UPDATE}=1",
            share * 100.0,
            keep_actual().display(),
            expected.display()
        );
    }
}

/// The mean luminance (0 black .. 1 white) of a snapshot and the share of its pixels brighter
/// than 0.7.
pub fn luminance(snapshot: &iced_test::simulator::Snapshot) -> (f64, f64) {
    let (image, _, _dir) = rendered(snapshot);
    let values: Vec<f64> = image
        .rgba
        .chunks(4)
        .map(|p| (0.2126 * p[0] as f64 + 0.7152 * p[1] as f64 + 0.0722 * p[2] as f64) / 255.0)
        .collect();
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let bright = values.iter().filter(|v| **v > 0.7).count() as f64 / values.len() as f64;
    (mean, bright)
}

/// The share of a snapshot's pixels (RGBA) that `pick` picks.
pub fn share(snapshot: &iced_test::simulator::Snapshot, pick: impl Fn(&[u8]) -> bool) -> f64 {
    let (image, _, _dir) = rendered(snapshot);
    let picked = image.rgba.chunks(4).filter(|p| pick(p)).count();
    picked as f64 / (image.rgba.len() / 4) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(width: u32, height: u32, value: u8) -> Image {
        Image {
            width,
            height,
            rgba: vec![value; (width * height * 4) as usize],
        }
    }

    #[test]
    fn a_changed_word_is_beyond_the_tolerance_and_anti_aliasing_is_not() {
        let a = image(100, 100, 255);
        let mut b = image(100, 100, 250);
        assert_eq!(
            difference(&a, &b),
            0.0,
            "small channel differences are the same"
        );
        for pixel in b.rgba.chunks_mut(4).take(2) {
            pixel[0] = 0;
        }
        assert!(
            difference(&a, &b) > PIXEL_TOLERANCE,
            "two dark pixels in 10,000"
        );
        assert_eq!(difference(&a, &image(100, 99, 255)), 1.0);
    }
}
