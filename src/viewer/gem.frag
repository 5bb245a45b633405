// Gem material: traces the light path inside a convex faceted stone.
//
// The stone is the intersection of the half-spaces in `planes` (stone frame, millimetres: inside
// where dot(n, p) <= d). A ray from the camera hits a facet, part of it reflects (Fresnel) and the
// rest refracts in; inside, it runs to the nearest plane it heads towards, where it either reflects
// totally or splits into an exiting part and a reflected part, for a few bounces. Each colour channel
// has its own refractive index, so the paths part ("fire"), and is absorbed along its path
// (Beer–Lambert), which is what gives a sapphire its blue. Whatever leaves samples the studio.

uniform vec3 cameraPosition;
uniform mat4 stoneFromWorld;
uniform mat4 worldFromStone;
uniform vec4 planes[MAX_PLANES];
uniform int planeCount;
uniform vec3 iorRgb;
uniform vec3 absorption;
uniform samplerCube environmentMap;
// Cosine of the half-angle of the dark disc the camera and photographer make behind the lens.
uniform float observerCos;
uniform float exposure;

in vec3 pos;
in vec3 nor;

layout (location = 0) out vec4 outColor;

vec3 toCamera;

// The studio in a stone-frame direction, with the observer's own shadow: stones look back at
// whoever looks into them, and that dark reflection is what gives a diamond its contrast.
vec3 studio(vec3 dirStone) {
    vec3 d = normalize(mat3(worldFromStone) * dirStone);
    vec3 c = texture(environmentMap, d).rgb;
    float facing = dot(d, toCamera);
    return c * mix(1.0, 0.04, smoothstep(observerCos - 0.04, observerCos + 0.02, facing));
}

// Unpolarised Fresnel reflectance for light arriving at cosine `cosi` onto a medium with relative
// index `eta` (n_transmitted / n_incident); 1 under total internal reflection.
float fresnel(float cosi, float eta) {
    float sint2 = (1.0 - cosi * cosi) / (eta * eta);
    if (sint2 >= 1.0) {
        return 1.0;
    }
    float cost = sqrt(1.0 - sint2);
    float rs = (cosi - eta * cost) / (cosi + eta * cost);
    float rp = (eta * cosi - cost) / (eta * cosi + cost);
    return 0.5 * (rs * rs + rp * rp);
}

// Radiance of one colour channel carried by the refracted ray entering at `p` along `dir`.
float trace(vec3 p, vec3 dir, vec3 entryNormal, float n, float sigma, int channel) {
    vec3 t = refract(dir, entryNormal, 1.0 / n);
    float throughput = 1.0;
    float radiance = 0.0;
    float path = 0.0;
    for (int bounce = 0; bounce < BOUNCES; bounce++) {
        float nearest = 1e6;
        vec3 exitNormal = vec3(0.0, 1.0, 0.0);
        for (int i = 0; i < MAX_PLANES; i++) {
            if (i >= planeCount) {
                break;
            }
            vec4 plane = planes[i];
            float towards = dot(plane.xyz, t);
            if (towards > 1e-5) {
                float s = (plane.w - dot(plane.xyz, p)) / towards;
                if (s < nearest) {
                    nearest = s;
                    exitNormal = plane.xyz;
                }
            }
        }
        nearest = max(nearest, 0.0);
        p += t * nearest;
        path += nearest;
        float kept = throughput * exp(-sigma * path);
        float cosi = dot(t, exitNormal);
        float reflectance = fresnel(cosi, 1.0 / n);
        if (reflectance < 1.0) {
            vec3 out_dir = refract(t, -exitNormal, n);
            radiance += kept * (1.0 - reflectance) * studio(out_dir)[channel];
        }
        throughput *= reflectance;
        t = reflect(t, exitNormal);
        if (throughput < 0.02) {
            return radiance;
        }
    }
    // Light still inside after the last bounce leaves somewhere; let it out along its way.
    return radiance + throughput * exp(-sigma * path) * studio(t)[channel];
}

void main() {
    vec3 centre = worldFromStone[3].xyz;
    toCamera = normalize(cameraPosition - centre);
    vec3 p = (stoneFromWorld * vec4(pos, 1.0)).xyz;
    vec3 dir = normalize(mat3(stoneFromWorld) * (pos - cameraPosition));
    vec3 normal = normalize(mat3(stoneFromWorld) * nor);
    if (dot(normal, dir) > 0.0) {
        normal = -normal;
    }

    float cosi = -dot(dir, normal);
    vec3 reflected = studio(reflect(dir, normal));
    vec3 color = vec3(0.0);
    for (int c = 0; c < 3; c++) {
        float n = iorRgb[c];
        float f = fresnel(cosi, n);
        float inside = trace(p, dir, normal, n, absorption[c], c);
        color[c] = f * reflected[c] + (1.0 - f) * inside;
    }

    outColor.rgb = tone_mapping(color * exposure);
    outColor.rgb = color_mapping(outColor.rgb);
    outColor.a = 1.0;
}
