resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  role_arn      = aws_iam_role.notebook.arn
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}
