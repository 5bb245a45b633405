//! The gem material: a stone drawn by tracing light through its facets, not as tinted glass.
//!
//! Environment reflection plus one refraction looks like glass. What makes a diamond read as a
//! diamond is light bouncing inside it: a ray enters through the crown, reflects off the pavilion
//! (totally, past the critical angle) and leaves through the crown towards the viewer, picking up a
//! bright softbox or a dark flag on the way out. The stone is convex and `atelier-core` knows its
//! facet planes exactly, so the fragment shader (`gem.frag`) intersects them directly: a few
//! bounces with Fresnel at each face, a refractive index per colour channel for the fire, and
//! Beer–Lambert absorption for coloured stones.
//!
//! Everything that differs between stones (planes, indices, absorption, placement) is a uniform,
//! so the shader is compiled once, whichever stone is shown.

use super::mesh::to_cpu_mesh;
use atelier_core::catalog::{Catalog, Stone};
use atelier_core::design::{Choice, Design};
use atelier_core::geometry::{cached_stone, PlacedStone, StoneRole};
use std::rc::Rc;
use three_d::{
    vec3, vec4, ColorMapping, Context, Cull, EffectMaterialId, Gm, Light, Mat4, Material,
    MaterialType, Mesh, Program, Quat, RenderStates, SquareMatrix, TextureCubeMap, ToneMapping,
    Vec4, Viewer,
};

/// Facet planes the shader holds; a round brilliant with its faceted girdle needs 89.
pub const MAX_PLANES: usize = 128;
/// Internal bounces the shader can trace at most (one path; the colours part on the way out).
const BOUNCES: usize = super::pace::STILL_BOUNCES as usize;
/// An id of our own in three-d's public range (0x0000–0x4FFF) for the program cache.
const GEM_MATERIAL_ID: u16 = 0x4A70;
/// Half-angle of the dark disc the camera makes in the stone's reflections.
const OBSERVER_HALF_ANGLE_DEG: f32 = 20.0;

/// How a stone bends, splits and absorbs light.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GemOptics {
    /// Refractive index for the red, green and blue channels (≈ 650, 550 and 450 nm).
    pub ior_rgb: [f32; 3],
    /// Beer–Lambert absorption per millimetre of path, linear RGB.
    pub absorption_per_mm: [f32; 3],
}

impl GemOptics {
    /// Optics from a catalog stone: a Cauchy dispersion curve `n(λ) = A + B/λ²` through the
    /// stone's index at 589 nm and its B–G dispersion (n at 430.8 nm minus n at 686.7 nm).
    pub fn from_stone(stone: &Stone) -> Self {
        let inv2 = |microns: f32| 1.0 / (microns * microns);
        let b = stone.dispersion / (inv2(0.4308) - inv2(0.6867));
        let a = stone.refractive_index - b * inv2(0.5893);
        let n = |microns: f32| (a + b * inv2(microns)).max(1.0);
        Self {
            ior_rgb: [n(0.65), n(0.55), n(0.45)],
            absorption_per_mm: stone.absorption_per_mm.map(|k| k.max(0.0)),
        }
    }

    /// A colourless diamond, for accent stones and as the fallback.
    pub fn diamond() -> Self {
        Self {
            ior_rgb: [2.410, 2.423, 2.445],
            absorption_per_mm: [0.001, 0.0012, 0.003],
        }
    }
}

/// The gem material for one stone. Draw it on the stone's mesh, placed with the same transform.
pub struct GemMaterial {
    environment: Rc<TextureCubeMap>,
    planes: Vec<Vec4>,
    optics: GemOptics,
    world_from_stone: Mat4,
    stone_from_world: Mat4,
    /// Brightness scale before tone mapping.
    pub exposure: f32,
    /// Internal bounces traced, at most the shader's own limit: fewer while the ring moves.
    pub bounces: i32,
}

impl GemMaterial {
    /// A gem with the given facet planes (`[nx, ny, nz, d]`, outward unit normals, in the stone's
    /// frame) lit by `environment`. Planes beyond [`MAX_PLANES`] are ignored.
    pub fn new(
        _context: &Context,
        environment: Rc<TextureCubeMap>,
        planes: &[[f32; 4]],
        optics: GemOptics,
    ) -> Self {
        Self {
            environment,
            planes: planes
                .iter()
                .take(MAX_PLANES)
                .map(|p| vec4(p[0], p[1], p[2], p[3]))
                .collect(),
            optics,
            world_from_stone: Mat4::identity(),
            stone_from_world: Mat4::identity(),
            exposure: 1.0,
            bounces: super::pace::STILL_BOUNCES,
        }
    }

    /// Where the stone is: the same transformation its mesh is drawn with (rotation, translation
    /// and uniform scale). A transform that cannot be inverted leaves the placement unchanged.
    pub fn set_placement(&mut self, world_from_stone: Mat4) {
        if let Some(inverse) = world_from_stone.invert() {
            self.world_from_stone = world_from_stone;
            self.stone_from_world = inverse;
        }
    }
}

/// Meshes with gem materials for every stone placed on the ring. Each cut's shape is built once
/// and scaled for its other sizes (`cached_stone`), so a halo's stones share one shape. The centre and side stones take the
/// design's stone; accents are diamonds, as is any stone the catalog does not know.
pub fn gem_models(
    context: &Context,
    environment: &Rc<TextureCubeMap>,
    stones: &[PlacedStone],
    design: &Design,
    catalog: &Catalog,
) -> Vec<Gm<Mesh, GemMaterial>> {
    let chosen = match &design.stone {
        Choice::Chosen(id) => catalog.stone(id),
        Choice::AdviseMe => catalog.stones.first(),
    };
    let main_optics = chosen.map_or_else(GemOptics::diamond, GemOptics::from_stone);
    stones
        .iter()
        .filter_map(|placed| {
            let cut = catalog.cut(&placed.cut)?;
            let geometry = cached_stone(cut, &placed.size);
            if geometry.planes.is_empty() {
                return None;
            }
            let optics = match placed.role {
                StoneRole::Accent => GemOptics::diamond(),
                StoneRole::Centre | StoneRole::Side => main_optics,
            };
            let mut material =
                GemMaterial::new(context, environment.clone(), &geometry.planes, optics);
            let placement = placement(placed);
            material.set_placement(placement);
            let mut mesh = Mesh::new(context, &to_cpu_mesh(&geometry.mesh));
            mesh.set_transformation(placement);
            Some(Gm::new(mesh, material))
        })
        .collect()
}

/// The stone's frame in the ring: its girdle centre moved to `centre`, its table turned to `up`.
fn placement(placed: &PlacedStone) -> Mat4 {
    let [x, y, z] = placed.centre.map(|v| v as f32);
    let [ux, uy, uz] = placed.up.map(|v| v as f32);
    let turn = Quat::from_arc(vec3(0.0, 1.0, 0.0), vec3(ux, uy, uz), None);
    Mat4::from_translation(vec3(x, y, z)) * Mat4::from(turn)
}

impl Material for GemMaterial {
    fn id(&self) -> EffectMaterialId {
        EffectMaterialId(GEM_MATERIAL_ID)
    }

    fn fragment_shader_source(&self, _lights: &[&dyn Light]) -> String {
        let mut source = format!("#define MAX_PLANES {MAX_PLANES}\n#define BOUNCES {BOUNCES}\n");
        source.push_str(ToneMapping::fragment_shader_source());
        source.push_str(ColorMapping::fragment_shader_source());
        // Without its comments: see `build.rs`.
        source.push_str(include_str!(concat!(env!("OUT_DIR"), "/gem.frag")));
        source
    }

    fn use_uniforms(&self, program: &Program, viewer: &dyn Viewer, _lights: &[&dyn Light]) {
        viewer.tone_mapping().use_uniforms(program);
        viewer.color_mapping().use_uniforms(program);
        program.use_uniform_if_required("cameraPosition", viewer.position());
        program.use_uniform_if_required("worldFromStone", self.world_from_stone);
        program.use_uniform_if_required("stoneFromWorld", self.stone_from_world);
        if program.requires_uniform("planes") && !self.planes.is_empty() {
            program.use_uniform_array("planes", &self.planes);
        }
        program.use_uniform_if_required("planeCount", self.planes.len() as i32);
        let [r, g, b] = self.optics.ior_rgb;
        program.use_uniform_if_required("iorRgb", vec3(r, g, b));
        let [r, g, b] = self.optics.absorption_per_mm;
        program.use_uniform_if_required("absorption", vec3(r, g, b));
        program.use_uniform_if_required("observerCos", OBSERVER_HALF_ANGLE_DEG.to_radians().cos());
        program.use_uniform_if_required("exposure", self.exposure);
        program.use_uniform_if_required("bounceLimit", self.bounces);
        if program.requires_uniform("environmentMap") {
            program.use_texture_cube("environmentMap", &self.environment);
        }
    }

    fn render_states(&self) -> RenderStates {
        // Only the faces towards the camera start a path; the back faces are inside the trace.
        RenderStates {
            cull: Cull::Back,
            ..Default::default()
        }
    }

    fn material_type(&self) -> MaterialType {
        MaterialType::Opaque
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diamond_disperses_like_diamond() {
        let diamond = Stone::defaults()
            .into_iter()
            .find(|s| s.id.as_str() == "diamond")
            .expect("diamond in the catalog");
        let optics = GemOptics::from_stone(&diamond);
        let [r, g, b] = optics.ior_rgb;
        assert!(r < g && g < b, "{r} {g} {b}");
        assert!((g - 2.42).abs() < 0.01, "{g}");
        assert!((b - r - 0.035).abs() < 0.01, "{}", b - r);
    }

    #[test]
    fn sapphire_absorbs_red_and_keeps_blue() {
        let sapphire = Stone::defaults()
            .into_iter()
            .find(|s| s.id.as_str() == "sapphire-blue")
            .expect("blue sapphire in the catalog");
        let [r, g, b] = GemOptics::from_stone(&sapphire).absorption_per_mm;
        assert!(r > g && g > b);
    }
}
