package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// mon22eEnvSecrets extend GCP-138 from VM metadata to the environments of
// serverless workloads: a Cloud Function's, a Cloud Run service's or job's
// and an App Engine version's environment variables are part of the
// resource's configuration, readable by anyone who may view it
// (cloudfunctions.functions.get, run.services.get, appengine.versions.get)
// and kept in every revision. Secret Manager references
// (secret_environment_variables, value_source, value_from) are the place
// for a secret and are not judged.
var mon22eEnvSecrets = []setting.Check{{
	Types:   []string{"google_cloudfunctions_function"},
	Judge:   envMapSecret("environment_variables", "build_environment_variables"),
	Problem: "an environment variable of the function holds a credential in clear text",
}, {
	Types:   []string{"google_cloudfunctions2_function"},
	Judge:   envMapSecret("service_config.environment_variables", "build_config.environment_variables"),
	Problem: "an environment variable of the function holds a credential in clear text",
}, {
	Types:   []string{"google_app_engine_standard_app_version", "google_app_engine_flexible_app_version"},
	Judge:   envMapSecret("env_variables"),
	Problem: "an environment variable of the version holds a credential in clear text",
}, {
	// A trigger's substitutions (_NAME = value) and its inline build's step
	// env ("NAME=value") are kept in the trigger and shown in every build.
	Types:   []string{"google_cloudbuild_trigger"},
	Judge:   setting.Either(envMapSecret("substitutions"), buildStepEnvSecret),
	Problem: "a substitution or build step variable of the trigger holds a credential in clear text",
}, {
	Types:   []string{"google_cloud_run_service"},
	Judge:   envBlockSecret("template", "spec", "containers", "env"),
	Problem: "a container's environment variable holds a credential in clear text",
}, {
	Types:   []string{"google_cloud_run_v2_service"},
	Judge:   envBlockSecret("template", "containers", "env"),
	Problem: "a container's environment variable holds a credential in clear text",
}, {
	Types:   []string{"google_cloud_run_v2_job"},
	Judge:   envBlockSecret("template", "template", "containers", "env"),
	Problem: "a container's environment variable holds a credential in clear text",
}}

// envMapSecret judges maps of environment variables (NAME = "value") at
// Terraform paths with secrettext.Assignment.
func envMapSecret(paths ...string) setting.Judge {
	attrs := make([]parser.Attr, len(paths))
	for i, p := range paths {
		attrs[i] = parser.A(p, "")
	}
	return secrettext.InEnvMap(secrettext.Assignment, attrs...)
}

// envBlockSecret judges the env blocks (name, value) found by stepping
// through every instance of the nested blocks named by path.
func envBlockSecret(path ...string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		level := []*parser.Value{res.Body}
		for _, name := range path {
			var next []*parser.Value
			for _, b := range level {
				items, _ := setting.Blocks(b.Get(name))
				next = append(next, items...)
			}
			level = next
		}
		for _, e := range level {
			name, okN := e.Get("name").AsString()
			value := e.Get("value")
			if !okN || value == nil || value.Kind != parser.String {
				continue
			}
			if kind, ok := secrettext.Assignment(name, value.Str); ok {
				return parser.Bad(value, "env "+name+" holds "+kind)
			}
		}
		return parser.Decided
	}
}

// buildStepEnvSecret judges the env lists ("NAME=value") of the steps of a
// trigger's inline build.
func buildStepEnvSecret(res *parser.Resource) parser.Verdict {
	builds, _ := setting.Blocks(res.Body.Get("build"))
	for _, b := range builds {
		steps, _ := setting.Blocks(b.Get("step"))
		for _, st := range steps {
			env, _ := setting.Elems(st.Get("env"))
			for _, e := range env {
				s, ok := e.AsString()
				if !ok {
					continue
				}
				name, value, found := strings.Cut(s, "=")
				if !found {
					continue
				}
				if kind, ok := secrettext.Assignment(name, value); ok {
					return parser.Bad(e, "build.step.env "+name+" holds "+kind)
				}
			}
		}
	}
	return parser.Decided
}
