package gcp

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// son22Rules are the rules added from SonarSource's IaC test files
// (session 22, GCP-185).
func son22Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-185", Check: checkCustomRoleEscalation, Reads: customRoleEscalationReads, Alone: true},
	}
}

// son22EscalationPermissions each let their holder act with more than the
// role grants: mint credentials of a service account, rewrite an IAM
// policy, widen a custom role, or run code as a privileged service agent.
var son22EscalationPermissions = map[string]string{
	"iam.serviceAccounts.getAccessToken":         "mints access tokens of any service account it reaches",
	"iam.serviceAccounts.getOpenIdToken":         "mints ID tokens of any service account it reaches",
	"iam.serviceAccounts.signBlob":               "signs as any service account it reaches",
	"iam.serviceAccounts.signJwt":                "signs tokens as any service account it reaches",
	"iam.serviceAccounts.implicitDelegation":     "impersonates service accounts through delegation chains",
	"iam.serviceAccountKeys.create":              "creates keys for service accounts",
	"storage.hmacKeys.create":                    "creates HMAC keys for service accounts",
	"iam.serviceAccounts.setIamPolicy":           "grants itself any role on service accounts",
	"resourcemanager.projects.setIamPolicy":      "grants any role on the project",
	"resourcemanager.folders.setIamPolicy":       "grants any role on the folder",
	"resourcemanager.organizations.setIamPolicy": "grants any role on the organization",
	"iam.roles.update":                           "adds any permission to custom roles, this one included",
	"deploymentmanager.deployments.create":       "deploys as the Google APIs service agent, which holds Editor",
	"cloudbuild.builds.create":                   "runs builds as the Cloud Build service account",
}

// son22RunsAsServiceAccount are permissions that start code running as a
// service account the caller names; with iam.serviceAccounts.actAs they
// hand the caller that account's permissions.
var son22RunsAsServiceAccount = []string{
	"run.services.create", "run.services.update", "run.jobs.create", "run.jobs.update",
	"cloudfunctions.functions.create", "cloudfunctions.functions.update",
	"compute.instances.create", "compute.instances.setServiceAccount",
	"dataproc.clusters.create", "dataflow.jobs.create", "composer.environments.create",
	"cloudscheduler.jobs.create", "workflows.workflows.create",
}

// customRoleEscalationReads are the types checkCustomRoleEscalation reads (Rule.Reads).
var customRoleEscalationReads = []string{"google_organization_iam_custom_role", "google_project_iam_custom_role"}

// checkCustomRoleEscalation reports project and organization custom roles
// whose permissions let a holder escalate its privileges.
func checkCustomRoleEscalation(p *engine.Pass) {
	for _, role := range p.KnownManaged("google_project_iam_custom_role", "google_organization_iam_custom_role") {
		// A DISABLED role's bindings grant nothing; a deleted one is gone.
		if role.Body.Get("stage").IsAnyOf("DISABLED") || role.Body.Get("deleted").IsTrue() {
			continue
		}
		perms, unknown := setting.Elems(role.Body.Get("permissions"))
		reported := false
		var actAs, runs *parser.Value
		for _, e := range perms {
			s, ok := e.AsString()
			if !ok {
				continue
			}
			if why, bad := son22EscalationPermissions[s]; bad {
				p.Report(role, e, "%s includes %s: whoever holds the role %s", role.Address, s, why)
				reported = true
			}
			switch {
			case s == "iam.serviceAccounts.actAs":
				actAs = e
			case slices.Contains(son22RunsAsServiceAccount, s) && runs == nil:
				runs = e
			}
		}
		if actAs != nil && runs != nil {
			r, _ := runs.AsString()
			p.Report(role, actAs, "%s includes iam.serviceAccounts.actAs with %s: whoever holds the role runs code as any service account it may act as", role.Address, r)
			reported = true
		}
		if !reported {
			setting.Undecided(p, role, "permissions", unknown)
		}
	}
}
