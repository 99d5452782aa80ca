# Private (the default) build projects.
resource "aws_codebuild_project" "app" {
  name         = "app"
  service_role = "arn:aws:iam::111122223333:role/codebuild-app"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

variable "projects" {
  type = map(object({ repo = string, public = bool }))
  default = {
    api = { repo = "https://github.com/example/api.git", public = false }
  }
}

resource "aws_codebuild_project" "per_repo" {
  for_each           = var.projects
  name               = each.key
  service_role       = "arn:aws:iam::111122223333:role/codebuild-${each.key}"
  project_visibility = each.value.public ? "PUBLIC_READ" : "PRIVATE"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = each.value.repo
  }
}
