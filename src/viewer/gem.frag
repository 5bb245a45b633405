// Gem material: traces the light path inside a convex faceted stone.
//
// The stone is the intersection of the half-spaces in `planes` (stone frame, millimetres: inside
// where dot(n, p) <= d). A ray from the camera hits a facet, part of it reflects (Fresnel) and the
// rest refracts in; inside, it runs to the nearest plane it heads towards, where it either reflects
// totally or splits into an exiting part and a reflected part, for a few bounces. Each colour channel
// leaves with its own refractive index, so the colours part ("fire"), and is absorbed along its path
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
// Bounces traced this frame (at most BOUNCES): fewer while the ring moves.
uniform int bounceLimit;

in vec3 pos;
in vec3 nor;

layout (location = 0) out vec4 outColor;

vec3 toCamera;

// Small hard lights, world directions with their radiance: the pin-point sources jewellery
// photographers add to the softboxes. Big diffusers give brilliance; only small bright sources
// split into visible spectral colours ("fire") and flash as the stone turns ("scintillation").
const int SPOTS = 6;
const vec3 spotDirection[SPOTS] = vec3[SPOTS](
    vec3(0.35, 0.85, 0.40), vec3(-0.55, 0.70, 0.45), vec3(0.70, 0.55, -0.45),
    vec3(-0.30, 0.80, -0.52), vec3(0.05, 0.50, 0.86), vec3(-0.80, 0.45, -0.10)
);

// The studio in a stone-frame direction. The studio's light tent is toned down for the stone (a gem
// shows its surroundings many times over, so a bright grey room would wash it out), the softboxes
// stay bright, the spots are added, and the observer's own shadow is cut in: stones look back at
// whoever looks into them, and that dark reflection is what gives a diamond its contrast.
vec3 studio(vec3 dirStone) {
    vec3 d = normalize(mat3(worldFromStone) * dirStone);
    vec3 c = texture(environmentMap, d).rgb;
    c = c * c / (c + vec3(1.0));
    for (int i = 0; i < SPOTS; i++) {
        float a = max(dot(d, normalize(spotDirection[i])), 0.0);
        c += vec3(60.0) * pow(a, 3000.0);
    }
    float facing = dot(d, toCamera);
    return c * mix(1.0, 0.02, smoothstep(observerCos - 0.05, observerCos + 0.02, facing));
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

// Radiance carried by the light refracted in at `p` along `dir` (stone frame). The path is traced
// once, with the green index; at every exit each channel refracts and reflects with its own index.
// That is where a stone's fire comes from: rays leaving near the critical angle fan out widely.
vec3 trace(vec3 p, vec3 dir, vec3 entryNormal) {
    float n = iorRgb.g;
    vec3 t = refract(dir, entryNormal, 1.0 / n);
    vec3 throughput = vec3(1.0);
    vec3 radiance = vec3(0.0);
    float path = 0.0;
    for (int bounce = 0; bounce < BOUNCES; bounce++) {
        if (bounce >= bounceLimit) {
            break;
        }
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
        vec3 kept = throughput * exp(-absorption * path);
        float cosi = dot(t, exitNormal);
        vec3 reflectance;
        for (int c = 0; c < 3; c++) {
            float f = fresnel(cosi, 1.0 / iorRgb[c]);
            reflectance[c] = f;
            if (f < 1.0) {
                vec3 outDir = refract(t, -exitNormal, iorRgb[c]);
                radiance[c] += kept[c] * (1.0 - f) * studio(outDir)[c];
            }
        }
        throughput *= reflectance;
        t = reflect(t, exitNormal);
        if (max(throughput.r, max(throughput.g, throughput.b)) < 0.02) {
            return radiance;
        }
    }
    // Light still inside after the last bounce leaves somewhere; let it out along its way.
    return radiance + throughput * exp(-absorption * path) * studio(t);
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
    // Start a hair inside, so a path entering right at an edge does not leave through its neighbour.
    p -= normal * 1e-4;
    vec3 reflectance = vec3(fresnel(cosi, iorRgb.r), fresnel(cosi, iorRgb.g), fresnel(cosi, iorRgb.b));
    vec3 color = reflectance * studio(reflect(dir, normal))
        + (vec3(1.0) - reflectance) * trace(p, dir, normal);

    outColor.rgb = tone_mapping(color * exposure);
    outColor.rgb = color_mapping(outColor.rgb);
    outColor.a = 1.0;
}
