#version 300 es
// The tent as rough metal sees it: each texel of one face and mip level of the target gathers
// the tent around its direction, weighted by the GGX distribution of the level's roughness.
// Samples are drawn by importance, and each reads a blurrier level of the tent the fewer of them
// cover its solid angle, so 96 samples give a smooth picture.
precision highp float;

uniform samplerCube tent;
uniform int face;
uniform float roughness;
// Texels per side of this level of the target, and of the tent's sharpest level.
uniform float size;
uniform float tentSize;

out vec4 colour;

const float PI = 3.14159265;
const uint SAMPLES = 96u;

// The direction through (s, t) of a face, in WebGL's cube-map convention.
vec3 faceDirection(vec2 st) {
    vec2 c = st * 2.0 - 1.0;
    if (face == 0) return vec3(1.0, -c.y, -c.x);
    if (face == 1) return vec3(-1.0, -c.y, c.x);
    if (face == 2) return vec3(c.x, 1.0, c.y);
    if (face == 3) return vec3(c.x, -1.0, -c.y);
    if (face == 4) return vec3(c.x, -c.y, 1.0);
    return vec3(-c.x, -c.y, -1.0);
}

// The i-th point of the Hammersley set's second coordinate: i's bits reversed.
float reversedBits(uint i) {
    i = (i << 16u) | (i >> 16u);
    i = ((i & 0x55555555u) << 1u) | ((i & 0xAAAAAAAAu) >> 1u);
    i = ((i & 0x33333333u) << 2u) | ((i & 0xCCCCCCCCu) >> 2u);
    i = ((i & 0x0F0F0F0Fu) << 4u) | ((i & 0xF0F0F0F0u) >> 4u);
    i = ((i & 0x00FF00FFu) << 8u) | ((i & 0xFF00FF00u) >> 8u);
    return float(i) * 2.3283064e-10;
}

void main() {
    vec3 normal = normalize(faceDirection(gl_FragCoord.xy / size));
    if (roughness == 0.0) {
        colour = vec4(textureLod(tent, normal, 0.0).rgb, 1.0);
        return;
    }
    // Seen along the normal, so view, normal and reflection are one direction.
    vec3 across = normalize(cross(abs(normal.y) < 0.999 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0), normal));
    vec3 along = cross(normal, across);
    float alpha2 = roughness * roughness * roughness * roughness;
    float texelAngle = 4.0 * PI / (6.0 * tentSize * tentSize);
    vec3 sum = vec3(0.0);
    float weight = 0.0;
    for (uint i = 0u; i < SAMPLES; i++) {
        float phi = 2.0 * PI * float(i) / float(SAMPLES);
        float v = reversedBits(i);
        float cosTheta = sqrt((1.0 - v) / (1.0 + (alpha2 - 1.0) * v));
        float sinTheta = sqrt(1.0 - cosTheta * cosTheta);
        vec3 half_ = (across * cos(phi) + along * sin(phi)) * sinTheta + normal * cosTheta;
        vec3 light = 2.0 * cosTheta * half_ - normal;
        float nDotL = dot(normal, light);
        if (nDotL > 0.0) {
            // With the view on the normal, the sample's density is D(h) / 4.
            float d = cosTheta * cosTheta * (alpha2 - 1.0) + 1.0;
            float density = alpha2 / (PI * d * d) / 4.0;
            float sampleAngle = 1.0 / (float(SAMPLES) * density + 1e-4);
            float level = max(0.5 * log2(sampleAngle / texelAngle), 0.0);
            sum += textureLod(tent, light, level).rgb * nDotL;
            weight += nDotL;
        }
    }
    colour = vec4(sum / max(weight, 1e-4), 1.0);
}
