//! The three-d scene: the studio light, the camera and the ring's meshes and materials.
//!
//! Meshes are uploaded only when the geometry changes; a metal change only rewrites the material's
//! uniforms, so no shader is recompiled after the first frame.
//!
//! Frames are drawn into the scene's own multisampled target, not into the canvas: the canvas
//! gets a frame only when [`Scene::present`] copies it in. The live viewer presents a frame once
//! the GPU has finished it, so the browser, which waits for a canvas's pending drawing when it
//! shows the page, never waits for the ring's.

use super::gem::{gem_models, GemMaterial};
use super::lens::Lens;
use super::lighting::Lighting;
use super::pace::Quality;
use super::{mesh::to_cpu_mesh, shadow, Orbit};
use crate::color::srgb8;
use atelier_core::catalog::{Catalog, Finish};
use atelier_core::design::{Choice, Design};
use atelier_core::geometry::{ring, PlacedStone, RingModel};
use std::rc::Rc;
use three_d::{
    degrees, vec3, AmbientLight, Blend, BlendEquationType, BlendMultiplierType, ClearState,
    ColorMaterial, Context, CpuMesh, Cull, Gm, Interpolation, LightingModel, Mat4, Mesh, Mipmap,
    Object, PhysicalMaterial, RenderStates, RenderTarget, RenderTargetMultisample, ScissorBox,
    Srgba, Texture2D, Texture2DRef, TextureCubeMap, Viewport, Wrapping, WriteMask,
};

/// Where frames are drawn before they are shown: colour and depth, several samples per pixel.
type FrameTarget = RenderTargetMultisample<[u8; 4], f32>;

/// Samples per pixel of a frame: the smoothing of edges a canvas's own antialiasing gives.
const FRAME_SAMPLES: u32 = 4;

/// What a frame draws. Every draw passes the same type, so three-d's renderer, generic over it,
/// is compiled into the wasm once.
type Objects<'a> = Vec<&'a dyn Object>;

/// The ring under studio light, drawn off screen and shown in the canvas.
pub struct Scene {
    context: Context,
    studio: AmbientLight,
    /// The band and setting, and the design they were built for with metal and finish left out:
    /// a different metal or finish changes only the material.
    metal: Option<(Design, Gm<Mesh, PhysicalMaterial>)>,
    /// Every stone of the current design, placed on the ring.
    stones: Vec<PlacedStone>,
    /// The baked studio, kept for the gems: they trace their own reflections and refractions in it.
    environment: Rc<TextureCubeMap>,
    /// The stones, drawn with the gem material.
    gems: Vec<Gm<Mesh, GemMaterial>>,
    /// The soft shadow on the table under the ring.
    shadow: Option<Gm<Mesh, ColorMaterial>>,
    /// The engraved lettering inside the band, in a darker, frosted version of the metal.
    engraving: Option<Gm<Mesh, PhysicalMaterial>>,
    /// The ring's bounding sphere (centre, radius), which the camera frames.
    framing: ([f32; 3], f32),
    /// What the inside view frames: the engraving (or where it would go) and a little around it.
    inside: ([f32; 3], f32),
    /// What the last frame showed, so an unchanged scene is not drawn again.
    drawn: Option<(u64, u64, Viewport, Quality)>,
    /// The last frame drawn, kept for [`Scene::present`]; rebuilt when the size changes.
    frame: Option<FrameTarget>,
    /// How many kinds of material [`Scene::warm_next`] has compiled so far.
    warmed: usize,
    look_revision: u64,
}

/// How much darker engraved lettering is than the polished metal around it (sRGB factor).
const ENGRAVED_SHADE: f32 = 0.4;

/// A portrait lens: little perspective distortion, as in product photography.
const FIELD_OF_VIEW_DEG: f32 = 30.0;

/// A ring's shape made on the CPU, not yet on the GPU (see [`Scene::shape_for`]).
pub struct Shape {
    /// The design it was made for, with metal and finish left out (see `shape_key`).
    key: Design,
    model: RingModel,
    shadow: shadow::ContactShadow,
}

/// The kinds of material a frame draws, in the order [`Scene::warm_next`] compiles them.
const MATERIAL_KINDS: usize = 3;

impl Scene {
    /// A scene lit by the tent's light, with no ring yet.
    pub fn new(context: Context, lighting: Lighting) -> Self {
        let Lighting { tent, ambient } = lighting;
        Self {
            context,
            studio: ambient,
            metal: None,
            stones: Vec::new(),
            environment: tent,
            gems: Vec::new(),
            shadow: None,
            engraving: None,
            framing: ([0.0; 3], 12.0),
            inside: ([0.0, -8.0, 0.0], 4.0),
            drawn: None,
            frame: None,
            warmed: 0,
            look_revision: 0,
        }
    }

    /// Shows the ring a design describes. Geometry is rebuilt and uploaded only when the shape
    /// changed; a new metal, or polished for satin, only changes the material.
    pub fn show(&mut self, design: &Design, catalog: &Catalog) {
        let shape = self.shape_for(design, catalog);
        self.put(design, catalog, shape);
    }

    /// The first half of [`Scene::show`], all on the CPU: the geometry and contact shadow of the
    /// design's shape, if it is not the one on show.
    pub fn shape_for(&self, design: &Design, catalog: &Catalog) -> Option<Shape> {
        let key = shape_key(design);
        if self.metal.as_ref().is_some_and(|(built, _)| *built == key) {
            return None;
        }
        let model = ring(design, catalog);
        let shadow = shadow::contact_shadow(&model.metal);
        Some(Shape { key, model, shadow })
    }

    /// The second half of [`Scene::show`]: the shape made by [`Scene::shape_for`] (or none, for
    /// the shape on show) put on the GPU, in the design's materials.
    pub fn put(&mut self, design: &Design, catalog: &Catalog, shape: Option<Shape>) {
        let material = metal_material(design, catalog, false);
        let lettering = metal_material(design, catalog, true);
        let shown = |metal: &Option<(Design, _)>| {
            metal
                .as_ref()
                .is_some_and(|(built, _)| *built == shape_key(design))
        };
        // A shape is made for the design unless it was on show when it was asked for; another
        // design may have been shown since (pictures of a saved one).
        let shape = match shape {
            None if !shown(&self.metal) => self.shape_for(design, catalog),
            shape => shape,
        };
        match (shape, &mut self.metal) {
            (None, Some((_, model))) => {
                model.material = material;
                if let Some(engraving) = &mut self.engraving {
                    engraving.material = lettering;
                }
            }
            (None, None) => {}
            (Some(Shape { key, model, shadow }), _) => {
                self.framing = bounding_sphere(&model);
                self.inside = inside_framing(&model);
                self.engraving = (model.engraving.triangle_count() > 0).then(|| {
                    Gm::new(
                        Mesh::new(&self.context, &to_cpu_mesh(&model.engraving)),
                        lettering,
                    )
                });
                let mesh = Mesh::new(&self.context, &to_cpu_mesh(&model.metal));
                self.shadow = Some(shadow_model(&self.context, shadow));
                self.gems = gem_models(
                    &self.context,
                    &self.environment,
                    &model.stones,
                    design,
                    catalog,
                );
                self.stones = model.stones;
                self.metal = Some((key, Gm::new(mesh, material)));
            }
        }
        self.look_revision += 1;
    }

    /// The stones of the ring on show.
    pub fn stones(&self) -> &[PlacedStone] {
        &self.stones
    }

    /// Draws a frame at the viewport's size, off screen, if the camera, the ring, the size or the
    /// quality changed since the last one. Returns whether it drew; [`Scene::present`] shows it.
    pub fn render(&mut self, viewport: Viewport, orbit: &Orbit, quality: Quality) -> bool {
        let state = (orbit.revision, self.look_revision, viewport, quality);
        if self.drawn == Some(state) {
            return false;
        }
        for gem in &mut self.gems {
            gem.material.bounces = quality.bounces();
        }
        let lens = self.aimed_lens(viewport, orbit);
        let frame = self.take_frame(viewport);
        let objects: Objects = self
            .metal
            .iter()
            .map(|(_, model)| model as &dyn Object)
            .chain(self.engraving.iter().map(|e| e as &dyn Object))
            .chain(self.gems.iter().map(|gem| gem as &dyn Object))
            .chain(self.shadow.iter().map(|s| s as &dyn Object))
            .collect();
        frame
            // Transparent, so the page's backdrop shows through and theming stays in CSS.
            .clear(ClearState::color_and_depth(0.0, 0.0, 0.0, 0.0, 1.0))
            .render_partially(
                ScissorBox::new_at_origo(viewport.width, viewport.height),
                lens,
                objects,
                &[&self.studio],
            );
        self.frame = Some(frame);
        self.drawn = Some(state);
        true
    }

    /// Whether every kind of material a frame draws is compiled (see [`Scene::warm_next`]).
    pub fn warm(&self) -> bool {
        self.warmed >= MATERIAL_KINDS
    }

    /// Compiles the next kind of material not compiled yet (the metal's, the stones', the
    /// shadow's) by drawing one object of that kind into a single pixel of the frame, and returns
    /// whether there was one. A browser links a program in one piece, waiting for it: one per
    /// task keeps the tasks before the first frame short.
    pub fn warm_next(&mut self, viewport: Viewport, orbit: &Orbit) -> bool {
        while self.warmed < MATERIAL_KINDS {
            let kind = self.warmed;
            self.warmed += 1;
            if self.of_kind(kind).is_none() {
                continue;
            }
            // Aimed as the frame will be, so the object is in view and is drawn.
            let lens = self.aimed_lens(viewport, orbit);
            let frame = self.take_frame(viewport);
            if let Some(object) = self.of_kind(kind) {
                let objects: Objects = vec![object];
                frame.render_partially(
                    ScissorBox::new_at_origo(1, 1),
                    lens,
                    objects,
                    &[&self.studio],
                );
            }
            self.frame = Some(frame);
            return true;
        }
        false
    }

    /// One object of a kind of material, in [`Scene::warm_next`]'s order, if the ring has one.
    fn of_kind(&self, kind: usize) -> Option<&dyn Object> {
        match kind {
            0 => self.metal.as_ref().map(|(_, model)| model as &dyn Object),
            1 => self.gems.first().map(|gem| gem as &dyn Object),
            _ => self.shadow.as_ref().map(|s| s as &dyn Object),
        }
    }

    /// The frame to draw into at the viewport's size: the last one, or a new one if the size changed.
    fn take_frame(&mut self, viewport: Viewport) -> FrameTarget {
        let fits = |f: &FrameTarget| (f.width(), f.height()) == (viewport.width, viewport.height);
        self.frame.take().filter(fits).unwrap_or_else(|| {
            FrameTarget::new(
                &self.context,
                viewport.width,
                viewport.height,
                FRAME_SAMPLES,
            )
        })
    }

    /// The lens the orbit asks for, framing the ring (or the inside) in the viewport.
    fn aimed_lens(&self, viewport: Viewport, orbit: &Orbit) -> Lens {
        // Frame the ring in the narrower direction, so it fits a portrait phone as well as a desktop.
        let aspect = viewport.width as f32 / viewport.height.max(1) as f32;
        let fov_y = FIELD_OF_VIEW_DEG.to_radians();
        let fov = if aspect < 1.0 {
            2.0 * ((fov_y / 2.0).tan() * aspect).atan()
        } else {
            fov_y
        };
        let (centre, radius) = if orbit.inside {
            self.inside
        } else {
            self.framing
        };
        let [x, y, z] = orbit.eye(centre, radius, fov);
        let [cx, cy, cz] = centre;
        Lens::aimed(vec3(x, y, z), vec3(cx, cy, cz), fov_y, viewport)
    }

    /// Copies the last frame drawn into the canvas, whose drawing buffer must have the frame's
    /// size (see [`Scene::frame_size`]). Its samples are resolved on the way: one quick copy, no
    /// shader.
    pub fn present(&self) {
        if let Some(frame) = &self.frame {
            frame.resolve_to(&RenderTarget::screen(
                &self.context,
                frame.width(),
                frame.height(),
            ));
        }
    }

    /// The size of the last frame drawn, in pixels.
    pub fn frame_size(&self) -> Option<(u32, u32)> {
        self.frame.as_ref().map(|f| (f.width(), f.height()))
    }
}

/// The design with what leaves the band's and stones' geometry alone left out: the metal, and
/// polished or satin (which differ only in roughness; hammering changes the band's normals).
fn shape_key(design: &Design) -> Design {
    Design {
        metal: Choice::AdviseMe,
        finish: match design.finish {
            Choice::Chosen(Finish::Hammered) => design.finish,
            _ => Choice::AdviseMe,
        },
        ..design.clone()
    }
}

/// The contact shadow as a textured square on the floor, visible only from above.
fn shadow_model(
    context: &Context,
    (floor, half, alpha): shadow::ContactShadow,
) -> Gm<Mesh, ColorMaterial> {
    // Black, its alpha the shadow's darkness. Uploaded in its one format: three-d's general
    // upload from a CPU texture matches every format it knows, several kilobytes of wasm.
    let side = shadow::TEXELS as u32;
    let texture = Texture2D::new_empty::<[u8; 4]>(
        context,
        side,
        side,
        Interpolation::Linear,
        Interpolation::Linear,
        Some(Mipmap::default()),
        Wrapping::ClampToEdge,
        Wrapping::ClampToEdge,
    );
    texture.fill(&alpha.into_iter().map(|a| [0, 0, 0, a]).collect::<Vec<_>>());
    let material = ColorMaterial {
        color: Srgba::WHITE,
        texture: Some(Texture2DRef::from(texture)),
        is_transparent: true,
        render_states: RenderStates {
            write_mask: WriteMask::COLOR,
            // Seen from below, the table would hide the ring: draw its top face only.
            cull: Cull::Back,
            // The canvas is transparent over the page's backdrop, so the shadow must write its
            // own alpha (three-d's default transparency keeps the target's alpha, here zero).
            blend: Blend::Enabled {
                source_rgb_multiplier: BlendMultiplierType::SrcAlpha,
                source_alpha_multiplier: BlendMultiplierType::One,
                destination_rgb_multiplier: BlendMultiplierType::OneMinusSrcAlpha,
                destination_alpha_multiplier: BlendMultiplierType::OneMinusSrcAlpha,
                rgb_equation: BlendEquationType::Add,
                alpha_equation: BlendEquationType::Add,
            },
            ..Default::default()
        },
    };
    let mut mesh = Mesh::new(context, &CpuMesh::square());
    mesh.set_transformation(
        Mat4::from_translation(vec3(0.0, floor, 0.0))
            * Mat4::from_scale(half)
            * Mat4::from_angle_x(degrees(-90.0)),
    );
    Gm::new(mesh, material)
}

/// The smallest box-centred sphere around the metal and every stone.
fn bounding_sphere(model: &RingModel) -> ([f32; 3], f32) {
    let (mut min, mut max) = model.metal.bounds();
    for stone in &model.stones {
        let reach = (stone.size.length_mm.max(stone.size.depth_mm) / 2.0 + 0.5) as f32;
        for k in 0..3 {
            min[k] = min[k].min(stone.centre[k] as f32 - reach);
            max[k] = max[k].max(stone.centre[k] as f32 + reach);
        }
    }
    let centre = std::array::from_fn(|k| (min[k] + max[k]) / 2.0);
    let radius = (0..3)
        .map(|k| (max[k] - min[k]).powi(2))
        .sum::<f32>()
        .sqrt()
        / 2.0;
    (centre, radius.max(1.0))
}

/// What the inside view frames: the engraving's middle, and enough around it to show the whole
/// text with a little of the band beside it.
fn inside_framing(model: &RingModel) -> ([f32; 3], f32) {
    let [x, y, z] = model.engraving_centre;
    let inner = y.abs() as f32;
    // Not `clamp`, whose check of its bounds would bring float printing into the first chunk.
    let radius = (model.engraving_length_mm as f32 / 2.0 + 1.0)
        .max(2.5)
        .min(inner.max(2.5));
    ([x as f32, y as f32, z as f32], radius)
}

/// The metal's material: its measured colour, and the roughness of the chosen finish. Open choices
/// show the catalog's first metal, polished. Engraved lettering is the same metal cut matte: darker
/// and rough, so the letters read against the polished inside.
fn metal_material(design: &Design, catalog: &Catalog, engraved: bool) -> PhysicalMaterial {
    let metal = design
        .metal
        .chosen()
        .and_then(|id| catalog.metal(id))
        .or(catalog.metals.first());
    let [r, g, b] = metal
        .map_or([0.8, 0.8, 0.8], |m| m.reflectance_linear)
        .map(srgb8);
    let finish = design.finish.chosen().copied().unwrap_or(Finish::Polished);
    let (albedo, roughness) = if engraved {
        let dim = |c: u8| (f32::from(c) * ENGRAVED_SHADE) as u8;
        (Srgba::new_opaque(dim(r), dim(g), dim(b)), 0.65)
    } else {
        (Srgba::new_opaque(r, g, b), finish.roughness())
    };
    // Made field by field: three-d's constructor from a CPU material brings its upload of every
    // texture format into the wasm, for textures a metal has none of.
    PhysicalMaterial {
        name: String::new(),
        albedo,
        albedo_texture: None,
        metallic: 1.0,
        roughness,
        metallic_roughness_texture: None,
        occlusion_strength: 1.0,
        occlusion_texture: None,
        normal_scale: 1.0,
        normal_texture: None,
        render_states: RenderStates::default(),
        is_transparent: false,
        emissive: Srgba::BLACK,
        emissive_texture: None,
        lighting_model: LightingModel::Blinn,
    }
}
