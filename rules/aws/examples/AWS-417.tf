resource "aws_codebuild_project" "app" {
  name               = "app"
  service_role       = aws_iam_role.codebuild.arn
  project_visibility = "PRIVATE"

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
