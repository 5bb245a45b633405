//! The tent's light on the ring, made one short piece at a time.
//!
//! three-d's ambient light reads three maps made from the tent: the light a matte surface gets
//! (irradiance), the tent blurred for each roughness of metal (prefiltered), and the split-sum
//! table. three-d can make all three itself, but in one call that links three GPU programs and
//! waits for each link, a long task on a phone's main thread. Here the irradiance and the table
//! are computed on the CPU, each in a task of its own, and only the prefilter is a GPU program,
//! linked in the browser's own time where it can (see [`prefilter`]).

mod brdf;
mod irradiance;
#[cfg(target_arch = "wasm32")]
mod prefilter;

use super::light_tent;
use std::rc::Rc;
use three_d::{
    f16, AmbientLight, Context, Environment, Interpolation, Mipmap, Srgba, Texture2D,
    TextureCubeMap, Wrapping,
};

/// Texels per cube-map face of the tent. Softboxes are large, so 64 keeps them crisp enough for
/// polished metal.
const TENT_FACE: u32 = 64;

/// Texels per face of the matte light, which changes slowly with direction.
const MATTE_FACE: u32 = 16;

/// Samples per face side when the tent is projected for the matte light.
const MATTE_SAMPLES: u32 = 24;

/// The tent's faces made per step: two keep each step a few milliseconds on a phone.
const TENT_FACES_PER_STEP: usize = 2;

/// Texels per face of the prefiltered tent's sharpest level, and its levels: roughness 0, ¼, ½,
/// ¾ and 1, as three-d's ambient light reads them.
const PREFILTER_FACE: u32 = 64;
const PREFILTER_LEVELS: u32 = 5;

/// Cube-map faces in three-d's order, RGBA texels row by row.
type Faces = Box<[Vec<[f32; 4]>; 6]>;

/// Why the ring's light could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LightingError {
    #[error("the graphics context refused a {0}")]
    Refused(&'static str),
    #[error("the reflections' shader did not build: {0}")]
    Shader(String),
}

/// The finished light: the tent (which the gems trace their own reflections in) and three-d's
/// ambient light made from it.
pub struct Lighting {
    pub tent: Rc<TextureCubeMap>,
    pub ambient: AmbientLight,
}

/// The light being made, and what is left to do.
pub struct LightingBuild {
    context: Context,
    gl: web_sys::WebGl2RenderingContext,
    step: Step,
}

/// How far the light has come.
enum Step {
    /// The tent's faces in three-d's order, the first `made` of them made.
    Tent { faces: Faces, made: usize },
    /// The tent, the matte light and the split-sum table: uploaded next, and the prefilter's
    /// program started.
    Tables(Faces, Faces, Vec<[f32; 2]>),
    /// On the GPU, the prefilter's program linking.
    Linking(Uploaded),
}

/// The maps on the GPU, the prefiltered one still empty.
struct Uploaded {
    tent: Rc<TextureCubeMap>,
    irradiance: TextureCubeMap,
    table: Texture2D,
    #[cfg(target_arch = "wasm32")]
    prefilter: prefilter::Prefilter,
}

/// What one step left: more to do, or the light.
pub type Progress = super::Progress<LightingBuild, Lighting>;

impl LightingBuild {
    /// Starts making the light for a context and the WebGL2 context under it.
    pub fn new(context: Context, gl: web_sys::WebGl2RenderingContext) -> Self {
        Self {
            context,
            gl,
            step: Step::Tent {
                faces: Box::default(),
                made: 0,
            },
        }
    }

    /// The three-d context the light is made on.
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// Does the next piece. While the prefilter's program links in the background, a step only
    /// asks whether it is done; `wait` says to wait for the link instead.
    pub fn step(self, wait: bool) -> Result<Progress, LightingError> {
        let Self { context, gl, step } = self;
        let step = match step {
            Step::Tent { mut faces, made } if made < faces.len() => {
                let next = made..(made + TENT_FACES_PER_STEP).min(faces.len());
                for face in next.clone() {
                    faces[face] = light_tent::cube_face(face, TENT_FACE);
                }
                Step::Tent {
                    faces,
                    made: next.end,
                }
            }
            Step::Tent { faces: tent, .. } => {
                let matte = Box::new(
                    irradiance::Harmonics::project(light_tent::radiance, MATTE_SAMPLES)
                        .faces(MATTE_FACE),
                );
                Step::Tables(tent, matte, brdf::table())
            }
            Step::Tables(tent, matte, table) => {
                Step::Linking(upload(&context, &gl, &tent, &matte, &table)?)
            }
            Step::Linking(uploaded) => {
                if !wait && !uploaded.linked() {
                    Step::Linking(uploaded)
                } else {
                    return Ok(Progress::Done(uploaded.finish(&context)?));
                }
            }
        };
        Ok(Progress::Working(Self { context, gl, step }))
    }

    /// Makes whatever is left at once, waiting for the GPU where it must.
    pub fn finish(mut self) -> Result<Lighting, LightingError> {
        loop {
            match self.step(true)? {
                Progress::Working(next) => self = next,
                Progress::Done(lighting) => return Ok(lighting),
            }
        }
    }
}

/// Puts the tent, the matte light and the table on the GPU, and starts the prefilter's program.
fn upload(
    context: &Context,
    #[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
    gl: &web_sys::WebGl2RenderingContext,
    tent: &Faces,
    matte: &Faces,
    table: &[[f32; 2]],
) -> Result<Uploaded, LightingError> {
    // Each map is uploaded in its one format (three-d's general upload from a CPU texture
    // matches every format it knows, several kilobytes of wasm).
    let cube = |faces: &Faces, size: u32, mipmap: Option<Mipmap>| {
        let cube = TextureCubeMap::new_empty::<[f16; 4]>(
            context,
            size,
            size,
            Interpolation::Linear,
            Interpolation::Linear,
            mipmap,
            Wrapping::ClampToEdge,
            Wrapping::ClampToEdge,
            Wrapping::ClampToEdge,
        );
        let [right, left, top, bottom, front, back] = faces.each_ref().map(|texels| {
            texels
                .iter()
                .map(|t| t.map(f16::from_f32))
                .collect::<Vec<_>>()
        });
        // Fills every side, then makes the mip levels if the map has them.
        cube.fill(&right, &left, &top, &bottom, &front, &back);
        cube
    };
    let table = {
        let texture = Texture2D::new_empty::<[f16; 2]>(
            context,
            brdf::SIZE,
            brdf::SIZE,
            Interpolation::Linear,
            Interpolation::Linear,
            None,
            Wrapping::ClampToEdge,
            Wrapping::ClampToEdge,
        );
        texture.fill(
            &table
                .iter()
                .map(|v| v.map(f16::from_f32))
                .collect::<Vec<_>>(),
        );
        texture
    };
    Ok(Uploaded {
        tent: Rc::new(cube(tent, TENT_FACE, Some(Mipmap::default()))),
        irradiance: cube(matte, MATTE_FACE, None),
        table,
        #[cfg(target_arch = "wasm32")]
        prefilter: prefilter::Prefilter::start(gl.clone(), tent, TENT_FACE)?,
    })
}

impl Uploaded {
    /// Whether the prefilter's program is ready to draw without waiting.
    fn linked(&self) -> bool {
        #[cfg(target_arch = "wasm32")]
        return self.prefilter.linked();
        #[cfg(not(target_arch = "wasm32"))]
        true
    }

    /// Draws the prefiltered tent and hands the maps to three-d's ambient light.
    fn finish(self, context: &Context) -> Result<Lighting, LightingError> {
        let prefiltered = TextureCubeMap::new_empty::<[f16; 4]>(
            context,
            PREFILTER_FACE,
            PREFILTER_FACE,
            Interpolation::Linear,
            Interpolation::Linear,
            Some(Mipmap {
                max_levels: PREFILTER_LEVELS,
                ..Default::default()
            }),
            Wrapping::ClampToEdge,
            Wrapping::ClampToEdge,
            Wrapping::ClampToEdge,
        );
        #[cfg(target_arch = "wasm32")]
        self.prefilter.draw_into(&prefiltered, PREFILTER_LEVELS)?;
        Ok(Lighting {
            tent: self.tent,
            ambient: AmbientLight {
                intensity: 1.0,
                color: Srgba::WHITE,
                environment: Some(Environment {
                    irradiance_map: self.irradiance,
                    prefilter_map: prefiltered,
                    brdf_map: self.table,
                }),
            },
        })
    }
}
