resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Disabled"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
  kms_key_id             = aws_kms_key.sagemaker.arn
}
