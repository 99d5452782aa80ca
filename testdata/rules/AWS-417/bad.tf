resource "aws_codebuild_project" "docs" {
  name               = "docs-site"
  service_role       = "arn:aws:iam::111122223333:role/codebuild-docs"
  project_visibility = "PUBLIC_READ" # want AWS-417 "build logs and artifacts"

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
    location = "https://github.com/example/docs.git"
  }
}

variable "projects" {
  type = map(object({ repo = string, public = bool }))
  default = {
    sdk = { repo = "https://github.com/example/sdk.git", public = true }
  }
}

resource "aws_codebuild_project" "per_repo" {
  for_each           = var.projects
  name               = each.key
  service_role       = "arn:aws:iam::111122223333:role/codebuild-${each.key}"
  project_visibility = each.value.public ? "PUBLIC_READ" : "PRIVATE" # want AWS-417

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

variable "visibility" {
  type = string
}

resource "aws_codebuild_project" "configurable" {
  name               = "configurable"
  service_role       = "arn:aws:iam::111122223333:role/codebuild-configurable"
  project_visibility = var.visibility # want-note AWS-417

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
    location = "https://github.com/example/configurable.git"
  }
}
