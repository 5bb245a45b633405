//! The three-d scene: the studio light, the camera and the ring's meshes and materials.
//!
//! Meshes are uploaded only when the geometry changes; a metal change only rewrites the material's
//! uniforms, so no shader is recompiled after the first frame.

use super::{mesh::to_cpu_mesh, studio, Orbit};
use crate::color::srgb8;
use atelier_core::geometry::{band, BandParams};
use three_d::{
    degrees, vec3, AmbientLight, Camera, ClearState, Context, CpuMaterial, CpuTexture, Environment,
    EnvironmentOptions, Gm, Mesh, PhysicalMaterial, RenderTarget, Srgba, TextureCubeMap,
    TextureData, Viewport,
};

/// What the viewer draws: the geometry parameters and the look of the metal.
#[derive(Debug, Clone, PartialEq)]
pub struct RingLook {
    pub band: BandParams,
    /// The metal's reflectance at normal incidence (F0), linear RGB.
    pub metal_reflectance: [f32; 3],
    /// Microfacet roughness: 0.1 is a mirror polish, 0.4 a satin finish.
    pub roughness: f32,
}

/// The ring under studio light, ready to draw into the canvas.
pub struct Scene {
    context: Context,
    camera: Camera,
    studio: AmbientLight,
    band: Option<(BandParams, Gm<Mesh, PhysicalMaterial>)>,
    /// What the last frame showed, so an unchanged scene is not drawn again.
    drawn: Option<(u64, u64, Viewport)>,
    look_revision: u64,
}

/// Texels per cube-map face of the baked studio. Softboxes are large, so 64 keeps them crisp enough
/// for polished metal while the lighting precomputation stays well under a second in software GL.
const STUDIO_FACE: u32 = 64;

impl Scene {
    /// Builds the studio lighting once: baking and prefiltering the environment is the costly part.
    pub fn new(context: Context) -> Self {
        let studio = AmbientLight {
            intensity: 1.0,
            color: Srgba::WHITE,
            environment: Some(Environment::new_with_options(
                &context,
                &studio_cube_map(&context),
                EnvironmentOptions {
                    irradiance_map_size: 16,
                    irradiance_sample_count: 64,
                    prefilter_map_size: 64,
                    prefilter_map_max_mip_levels: 5,
                    prefilter_sample_count: 96,
                    brdf_map_size: 128,
                    brdf_sample_count: 64,
                    ..Default::default()
                },
            )),
        };
        let camera = Camera::new_perspective(
            Viewport::new_at_origo(1, 1),
            vec3(0.0, 0.0, 75.0),
            vec3(0.0, 0.0, 0.0),
            vec3(0.0, 1.0, 0.0),
            degrees(30.0),
            1.0,
            1000.0,
        );
        Self {
            context,
            camera,
            studio,
            band: None,
            drawn: None,
            look_revision: 0,
        }
    }

    /// Shows a ring. The band mesh is rebuilt and uploaded only when its dimensions changed.
    pub fn show(&mut self, look: &RingLook) {
        let material = metal_material(&self.context, look);
        match &mut self.band {
            Some((params, model)) if *params == look.band => model.material = material,
            _ => {
                let mesh = Mesh::new(&self.context, &to_cpu_mesh(&band(&look.band)));
                self.band = Some((look.band, Gm::new(mesh, material)));
            }
        }
        self.look_revision += 1;
    }

    /// Draws a frame if the camera, the ring or the canvas size changed since the last one.
    /// Returns whether it drew.
    pub fn render(&mut self, viewport: Viewport, orbit: &Orbit) -> bool {
        let state = (orbit.revision, self.look_revision, viewport);
        if self.drawn == Some(state) {
            return false;
        }
        let [x, y, z] = orbit.eye();
        self.camera.set_viewport(viewport);
        self.camera
            .set_view(vec3(x, y, z), vec3(0.0, 0.0, 0.0), vec3(0.0, 1.0, 0.0));
        RenderTarget::screen(&self.context, viewport.width, viewport.height)
            // Transparent, so the page's backdrop shows through and theming stays in CSS.
            .clear(ClearState::color_and_depth(0.0, 0.0, 0.0, 0.0, 1.0))
            .render(
                &self.camera,
                self.band.iter().map(|(_, model)| model),
                &[&self.studio],
            );
        self.drawn = Some(state);
        true
    }
}

fn metal_material(context: &Context, look: &RingLook) -> PhysicalMaterial {
    let [r, g, b] = look.metal_reflectance.map(srgb8);
    PhysicalMaterial::new_opaque(
        context,
        &CpuMaterial {
            albedo: Srgba::new_opaque(r, g, b),
            metallic: 1.0,
            roughness: look.roughness,
            ..Default::default()
        },
    )
}

fn studio_cube_map(context: &Context) -> TextureCubeMap {
    let [right, left, top, bottom, front, back] =
        studio::cube_faces(STUDIO_FACE).map(|texels| CpuTexture {
            width: STUDIO_FACE,
            height: STUDIO_FACE,
            data: TextureData::RgbaF16(
                texels
                    .into_iter()
                    .map(|t| t.map(three_d::f16::from_f32))
                    .collect(),
            ),
            ..Default::default()
        });
    TextureCubeMap::new(context, &right, &left, &top, &bottom, &front, &back)
}
