//! The tent prefiltered for rough metal, drawn by a GPU program of the viewer's own.
//!
//! three-d links its programs in one call that waits for the link. This one is linked in the
//! browser's own time where the browser offers `KHR_parallel_shader_compile`: the viewer asks
//! whether it is done, between tasks, and only then draws with it.

use super::LightingError;
use js_sys::Float32Array;
use three_d::{CubeMapSide, TextureCubeMap};
use web_sys::{WebGl2RenderingContext as Gl, WebGlProgram, WebGlTexture};

/// `COMPLETION_STATUS_KHR`, from `KHR_parallel_shader_compile`.
const COMPLETION_STATUS: u32 = 0x91B1;

/// The cube-map sides in the order of the tent's faces and of the shader's `face`.
const SIDES: [CubeMapSide; 6] = [
    CubeMapSide::Right,
    CubeMapSide::Left,
    CubeMapSide::Top,
    CubeMapSide::Bottom,
    CubeMapSide::Front,
    CubeMapSide::Back,
];

/// The program, linking, and the tent uploaded for it to read; both deleted when dropped.
pub struct Prefilter {
    gl: Gl,
    program: WebGlProgram,
    tent: WebGlTexture,
    tent_size: u32,
    /// The browser links in the background and says when it is done.
    in_background: bool,
}

impl Prefilter {
    /// Uploads the tent's faces (three-d's order, `size`² RGBA texels each, row by row) and
    /// starts linking the program; neither waits.
    pub fn start(gl: Gl, tent: &[Vec<[f32; 4]>; 6], size: u32) -> Result<Self, LightingError> {
        let in_background = matches!(gl.get_extension("KHR_parallel_shader_compile"), Ok(Some(_)));
        let program = gl
            .create_program()
            .ok_or(LightingError::Refused("program"))?;
        for (kind, source) in [
            (
                Gl::VERTEX_SHADER,
                include_str!(concat!(env!("OUT_DIR"), "/prefilter.vert")),
            ),
            (
                Gl::FRAGMENT_SHADER,
                include_str!(concat!(env!("OUT_DIR"), "/prefilter.frag")),
            ),
        ] {
            let shader = gl
                .create_shader(kind)
                .ok_or(LightingError::Refused("shader"))?;
            gl.shader_source(&shader, source);
            gl.compile_shader(&shader);
            gl.attach_shader(&program, &shader);
            // Deleted now, freed with the program.
            gl.delete_shader(Some(&shader));
        }
        gl.link_program(&program);
        let tent_texture = upload(&gl, tent, size)?;
        Ok(Self {
            gl,
            program,
            tent: tent_texture,
            tent_size: size,
            in_background,
        })
    }

    /// Whether the program is linked (asked without waiting where the browser links in the
    /// background; elsewhere the draw waits for the link).
    pub fn linked(&self) -> bool {
        !self.in_background
            || self
                .gl
                .get_program_parameter(&self.program, COMPLETION_STATUS)
                .as_bool()
                .unwrap_or(true)
    }

    /// Draws each of the target's first `levels` mip levels, roughness rising from 0 to 1, on
    /// all six sides. The draws are queued; the GPU does them in its own time.
    pub fn draw_into(&self, target: &TextureCubeMap, levels: u32) -> Result<(), LightingError> {
        let gl = &self.gl;
        if gl
            .get_program_parameter(&self.program, Gl::LINK_STATUS)
            .as_bool()
            != Some(true)
        {
            return Err(LightingError::Shader(self.log()));
        }
        gl.use_program(Some(&self.program));
        gl.active_texture(Gl::TEXTURE0);
        gl.bind_texture(Gl::TEXTURE_CUBE_MAP, Some(&self.tent));
        // A fresh context's defaults, said outright: three-d sets its own before each draw.
        gl.disable(Gl::BLEND);
        gl.disable(Gl::CULL_FACE);
        gl.disable(Gl::DEPTH_TEST);
        gl.color_mask(true, true, true, true);
        let uniform = |name: &str| gl.get_uniform_location(&self.program, name);
        gl.uniform1i(uniform("tent").as_ref(), 0);
        gl.uniform1f(uniform("tentSize").as_ref(), self.tent_size as f32);
        let (face, roughness, size) = (uniform("face"), uniform("roughness"), uniform("size"));
        for level in 0..levels {
            let texels = (target.width() >> level).max(1);
            gl.uniform1f(
                roughness.as_ref(),
                level as f32 / levels.saturating_sub(1).max(1) as f32,
            );
            gl.uniform1f(size.as_ref(), texels as f32);
            for (index, side) in SIDES.into_iter().enumerate() {
                gl.uniform1i(face.as_ref(), index as i32);
                let _ = target.as_color_target(&[side], Some(level)).write(|| {
                    gl.viewport(0, 0, texels as i32, texels as i32);
                    gl.draw_arrays(Gl::TRIANGLES, 0, 3);
                    Ok::<(), std::convert::Infallible>(())
                });
            }
        }
        gl.use_program(None);
        gl.bind_texture(Gl::TEXTURE_CUBE_MAP, None);
        Ok(())
    }

    /// What the browser said about the shaders and the link, for the error.
    fn log(&self) -> String {
        self.gl
            .get_program_info_log(&self.program)
            .unwrap_or_default()
    }
}

impl Drop for Prefilter {
    fn drop(&mut self) {
        self.gl.delete_program(Some(&self.program));
        self.gl.delete_texture(Some(&self.tent));
    }
}

/// The tent as a half-float cube map with every mip level, for the program to read blurrier
/// levels where fewer samples cover more of it.
fn upload(gl: &Gl, faces: &[Vec<[f32; 4]>; 6], size: u32) -> Result<WebGlTexture, LightingError> {
    let texture = gl
        .create_texture()
        .ok_or(LightingError::Refused("texture"))?;
    gl.bind_texture(Gl::TEXTURE_CUBE_MAP, Some(&texture));
    let size = size as i32;
    for (index, texels) in faces.iter().enumerate() {
        let values: Vec<f32> = texels.iter().flatten().copied().collect();
        let values = Float32Array::from(values.as_slice());
        gl.tex_image_2d_with_i32_and_i32_and_i32_and_format_and_type_and_opt_array_buffer_view(
            Gl::TEXTURE_CUBE_MAP_POSITIVE_X + index as u32,
            0,
            Gl::RGBA16F as i32,
            size,
            size,
            0,
            Gl::RGBA,
            Gl::FLOAT,
            Some(&values),
        )
        .map_err(|_| LightingError::Refused("the tent's upload"))?;
    }
    gl.tex_parameteri(
        Gl::TEXTURE_CUBE_MAP,
        Gl::TEXTURE_MIN_FILTER,
        Gl::LINEAR_MIPMAP_LINEAR as i32,
    );
    gl.tex_parameteri(
        Gl::TEXTURE_CUBE_MAP,
        Gl::TEXTURE_MAG_FILTER,
        Gl::LINEAR as i32,
    );
    for wrap in [Gl::TEXTURE_WRAP_S, Gl::TEXTURE_WRAP_T, Gl::TEXTURE_WRAP_R] {
        gl.tex_parameteri(Gl::TEXTURE_CUBE_MAP, wrap, Gl::CLAMP_TO_EDGE as i32);
    }
    gl.generate_mipmap(Gl::TEXTURE_CUBE_MAP);
    gl.bind_texture(Gl::TEXTURE_CUBE_MAP, None);
    Ok(texture)
}
