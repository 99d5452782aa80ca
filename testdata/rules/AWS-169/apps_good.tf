# The same stores with a customer managed key the configuration creates.

resource "aws_kms_key" "apps" {
  description         = "App Runner, AppFlow, CodeArtifact, pipeline and model data"
  enable_key_rotation = true
}

resource "aws_kms_alias" "apps" {
  name          = "alias/apps"
  target_key_id = aws_kms_key.apps.key_id
}

resource "aws_apprunner_service" "web" {
  service_name = "web"
  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/nginx/nginx:latest"
      image_repository_type = "ECR_PUBLIC"
      image_configuration {
        port = "80"
      }
    }
    auto_deployments_enabled = false
  }
  network_configuration {
    ingress_configuration {
      is_publicly_accessible = false
    }
  }
  encryption_configuration {
    kms_key = aws_kms_key.apps.arn
  }
}

resource "aws_appflow_flow" "crm_export" {
  name    = "crm-export"
  kms_arn = aws_kms_key.apps.arn
  source_flow_config {
    connector_type = "S3"
    source_connector_properties {
      s3 {
        bucket_name   = "crm-raw"
        bucket_prefix = "in"
      }
    }
  }
  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = "crm-curated"
        s3_output_format_config {
          file_type = "PARQUET"
        }
      }
    }
  }
  task {
    source_fields     = ["id"]
    destination_field = "id"
    task_type         = "Map"
    connector_operator {
      s3 = "NO_OP"
    }
  }
  trigger_config {
    trigger_type = "OnDemand"
  }
}

resource "aws_codeartifact_domain" "packages" {
  domain         = "packages"
  encryption_key = aws_kms_key.apps.arn
}

resource "aws_codepipeline" "deploy" {
  name     = "deploy"
  role_arn = "arn:aws:iam::111122223333:role/codepipeline"
  artifact_store {
    type     = "S3"
    location = "deploy-artifacts"
    encryption_key {
      id   = aws_kms_alias.apps.arn
      type = "KMS"
    }
  }
  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        S3Bucket    = "deploy-artifacts"
        S3ObjectKey = "source.zip"
      }
    }
  }
  stage {
    name = "Deploy"
    action {
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "S3"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        BucketName = "deploy-site"
        Extract    = "true"
      }
    }
  }
}

resource "aws_bedrock_custom_model" "support" {
  custom_model_name       = "support-assistant"
  job_name                = "support-assistant-ft"
  base_model_identifier   = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
  role_arn                = "arn:aws:iam::111122223333:role/bedrock-customization"
  custom_model_kms_key_id = aws_kms_key.apps.arn
  hyperparameters = {
    epochCount = "1"
  }
  output_data_config {
    s3_uri = "s3://bedrock-models/output/"
  }
  training_data_config {
    s3_uri = "s3://bedrock-models/train.jsonl"
  }
}
