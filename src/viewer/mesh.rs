//! Converts `atelier-core` meshes (plain vectors in millimetres) into three-d's CPU meshes.

use three_d::{CpuMesh, Indices, Positions, Vec3};

/// A core mesh as a three-d mesh, ready to upload.
pub fn to_cpu_mesh(mesh: &atelier_core::geometry::Mesh) -> CpuMesh {
    let vec = |v: &[f32; 3]| Vec3::new(v[0], v[1], v[2]);
    CpuMesh {
        positions: Positions::F32(mesh.positions.iter().map(vec).collect()),
        normals: Some(mesh.normals.iter().map(vec).collect()),
        indices: Indices::U32(mesh.indices.clone()),
        ..Default::default()
    }
}
