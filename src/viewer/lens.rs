//! The viewer's camera: where the eye is, what it looks at and how it projects, as three-d's
//! renderers ask for it (the [`Viewer`] trait).
//!
//! three-d's own `Camera` would do, but it carries every kind of projection: a change of viewport
//! re-derives its matrix through cgmath's `perspective` (or the planar projection it never uses
//! here), whose range asserts print floats with `{:?}`, and that alone kept Rust's float printing
//! (about 16 KB before compression) in the configurator's first chunk. The ring is only ever seen
//! in perspective, with angles and planes fixed in this file, so the lens computes that one matrix
//! itself and needs no assert.

use three_d::{ColorMapping, Mat4, Point3, ToneMapping, Vec3, Viewer, Viewport};

/// The nearest and farthest distances drawn, in millimetres (a ring is about 20 mm across; the
/// orbit keeps the eye well inside this range).
const Z_NEAR: f32 = 1.0;
const Z_FAR: f32 = 1000.0;

/// A perspective eye at `position` looking at `target`, with its frame's viewport.
#[derive(Debug, Clone, Copy)]
pub struct Lens {
    position: Vec3,
    view: Mat4,
    projection: Mat4,
    viewport: Viewport,
}

impl Lens {
    /// An eye at `position` looking at `target` (the world's +Y up) through a vertical field of
    /// view of `fov_y` radians, into `viewport`.
    pub fn aimed(position: Vec3, target: Vec3, fov_y: f32, viewport: Viewport) -> Self {
        let aspect = viewport.width.max(1) as f32 / viewport.height.max(1) as f32;
        Self {
            position,
            view: Mat4::look_at_rh(
                Point3::new(position.x, position.y, position.z),
                Point3::new(target.x, target.y, target.z),
                Vec3::new(0.0, 1.0, 0.0),
            ),
            projection: perspective(fov_y, aspect, Z_NEAR, Z_FAR),
            viewport,
        }
    }
}

/// OpenGL's perspective projection (`gluPerspective`): clip space from view space for a vertical
/// field of view of `fov_y` radians, an aspect ratio and the near and far planes.
fn perspective(fov_y: f32, aspect: f32, near: f32, far: f32) -> Mat4 {
    let f = 1.0 / (fov_y / 2.0).tan();
    let depth = near - far;
    #[rustfmt::skip]
    let matrix = Mat4::new(
        f / aspect, 0.0, 0.0, 0.0,
        0.0, f, 0.0, 0.0,
        0.0, 0.0, (far + near) / depth, -1.0,
        0.0, 0.0, 2.0 * far * near / depth, 0.0,
    );
    matrix
}

impl Viewer for Lens {
    fn position(&self) -> Vec3 {
        self.position
    }

    fn view(&self) -> Mat4 {
        self.view
    }

    fn projection(&self) -> Mat4 {
        self.projection
    }

    fn viewport(&self) -> Viewport {
        self.viewport
    }

    fn z_near(&self) -> f32 {
        Z_NEAR
    }

    fn z_far(&self) -> f32 {
        Z_FAR
    }

    fn color_mapping(&self) -> ColorMapping {
        ColorMapping::default()
    }

    fn tone_mapping(&self) -> ToneMapping {
        ToneMapping::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use three_d::{radians, vec3, Camera};

    /// The lens sees exactly what three-d's perspective camera saw in its place.
    #[test]
    fn the_lens_is_three_ds_perspective_camera() {
        for (viewport, eye, fov) in [
            (
                Viewport::new_at_origo(1280, 760),
                vec3(30.0, 20.0, 60.0),
                0.52,
            ),
            (
                Viewport::new_at_origo(336, 252),
                vec3(-5.0, 40.0, 12.0),
                0.61,
            ),
            (Viewport::new_at_origo(1, 1), vec3(0.0, 0.0, 75.0), 0.52),
        ] {
            let target = vec3(0.0, -2.0, 0.0);
            let lens = Lens::aimed(eye, target, fov, viewport);
            let camera = Camera::new_perspective(
                viewport,
                eye,
                target,
                vec3(0.0, 1.0, 0.0),
                radians(fov),
                Z_NEAR,
                Z_FAR,
            );
            let close = |a: Mat4, b: Mat4| {
                let (a, b): (&[f32; 16], &[f32; 16]) = (a.as_ref(), b.as_ref());
                a.iter()
                    .zip(b)
                    .all(|(x, y)| (x - y).abs() <= 1e-5 * y.abs().max(1.0))
            };
            assert!(close(lens.view(), camera.view()), "view at {viewport:?}");
            assert!(
                close(lens.projection(), camera.projection()),
                "projection at {viewport:?}: {:?} against {:?}",
                lens.projection(),
                camera.projection()
            );
            assert_eq!(lens.position(), camera.position());
            assert_eq!(
                (lens.z_near(), lens.z_far()),
                (camera.z_near(), camera.z_far())
            );
            assert_eq!(lens.viewport(), camera.viewport());
            assert_eq!(lens.tone_mapping(), camera.tone_mapping);
            assert_eq!(lens.color_mapping(), camera.color_mapping);
        }
    }
}
