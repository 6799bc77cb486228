import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Navigate, useNavigate } from 'react-router';
import type { ServiceToken } from '@/api/types';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { paths } from '@/config/paths';
import { loadDraft } from '../draft-storage';
import { useDraftPersistence } from '../use-draft-persistence';
import { type CheckingFlag, useChecking, useStepNavigation } from '../use-step-navigation';
import { wizardSchema, type WizardOutput } from '../wizard-schema';
import { firstInvalidStep, formSteps, stepIndex, type FormStepId } from '../wizard-steps';
import { emptyWizardValues, type WizardValues } from '../wizard-values';
import { BasicStep } from './basic-step';
import { DetailsStep } from './details-step';
import { ReviewStep } from './review-step';
import { visuallyHidden } from './visually-hidden';
import { WizardProgress } from './wizard-progress';

// A dialog most visits never open: its code (and MUI's Dialog) loads when Cancel is pressed.
const CancelDialog = lazy(() =>
  import('./cancel-dialog').then((module) => ({ default: module.CancelDialog })),
);

interface Props {
  projectId: string;
  stepId: FormStepId;
}

/** The wizard's heading, also shown while the project is still being chosen. */
export function WizardHeading() {
  return (
    <Typography variant="h4" component="h1">
      Create Service Token
    </Typography>
  );
}

/** Submits the step; says so while the server checks the asset (and cannot be pressed again). */
function NextButton({ checking, label }: { checking: CheckingFlag; label: string }) {
  const busy = useChecking(checking);
  return (
    <Button
      type="submit"
      variant="contained"
      disabled={busy}
      startIcon={busy ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
    >
      {busy ? 'Checking…' : `Next: ${label}`}
    </Button>
  );
}

/** One form for the whole wizard; the URL says which step of it is on screen. */
export function TokenWizard({ projectId, stepId }: Props) {
  const [defaultValues] = useState(() => ({ ...emptyWizardValues(), ...loadDraft(projectId) }));
  const form = useForm<WizardValues, unknown, WizardOutput>({
    defaultValues,
    resolver: zodResolver(wizardSchema),
    mode: 'onTouched',
  });
  const discardDraft = useDraftPersistence(form, projectId);
  const [created, setCreated] = useState<ServiceToken[]>([]);
  const navigation = useStepNavigation(form, stepId, created.length);
  const navigate = useNavigate();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  // Once asked, the dialog stays mounted, so it can play its closing transition.
  const [cancelAsked, setCancelAsked] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(stepId);

  useEffect(() => {
    // A new step: move focus to its heading (the live region below announces it too).
    if (shownStep.current === stepId) return;
    shownStep.current = stepId;
    headingRef.current?.focus();
  }, [stepId]);

  const onCreated = useCallback(
    (tokens: ServiceToken[]) => {
      discardDraft();
      const search = new URLSearchParams(
        tokens.flatMap((token) => (token.uuid ? [['token', token.uuid]] : [])),
      );
      void navigate({ pathname: paths.create.href('created'), search: `?${search.toString()}` });
    },
    [discardDraft, navigate],
  );

  const index = stepIndex(stepId);
  const step = formSteps[index];
  // A later step opened (link, reload, browser history) before the earlier ones are complete.
  const firstInvalid = index > 0 ? firstInvalidStep(form.getValues()) : undefined;
  if (firstInvalid && stepIndex(firstInvalid.id) < index) {
    return <Navigate to={paths.create.href(firstInvalid.id)} replace />;
  }
  if (!step) return null;

  return (
    <FormProvider {...form}>
      <Box sx={{ maxWidth: 960, mx: 'auto' }}>
        <WizardHeading />
        <WizardProgress steps={formSteps} activeIndex={index} />
        <Box aria-live="polite" sx={visuallyHidden}>
          {`Step ${index + 1} of ${formSteps.length}: ${step.label}`}
        </Box>
        <Box
          component="form"
          noValidate
          aria-labelledby="wizard-step-heading"
          onSubmit={(event) => {
            event.preventDefault();
            if (step.id !== 'review') navigation.next();
          }}
        >
          <Typography
            variant="h5"
            component="h2"
            id="wizard-step-heading"
            tabIndex={-1}
            ref={headingRef}
            sx={{ mb: 2, outline: 'none' }}
          >
            {step.label}
          </Typography>
          {step.id === 'basic' && <BasicStep projectId={projectId} />}
          {step.id === 'details' && <DetailsStep />}
          {step.id === 'review' && (
            <ReviewStep
              projectId={projectId}
              created={created}
              onProgress={setCreated}
              onCreated={onCreated}
            />
          )}
          {navigation.checkError !== undefined && (
            <Box sx={{ mt: 2 }}>
              <ApiErrorAlert
                title="The asset could not be checked"
                error={navigation.checkError}
                onRetry={navigation.next}
              />
            </Box>
          )}
          <Box sx={{ display: 'flex', gap: 2, mt: 4, flexWrap: 'wrap' }}>
            {navigation.previous && (
              <Button variant="outlined" onClick={navigation.back}>
                Back
              </Button>
            )}
            {navigation.following && (
              <NextButton checking={navigation.checking} label={navigation.following.label} />
            )}
            <Box sx={{ flexGrow: 1 }} />
            <Button
              color="inherit"
              onClick={() => {
                setCancelAsked(true);
                setConfirmingCancel(true);
              }}
            >
              Cancel
            </Button>
          </Box>
        </Box>
        {cancelAsked && (
          <Suspense fallback={null}>
            <CancelDialog
              open={confirmingCancel}
              onKeep={() => setConfirmingCancel(false)}
              onDiscard={() => {
                discardDraft();
                void navigate(paths.inventory.href());
              }}
            />
          </Suspense>
        )}
      </Box>
    </FormProvider>
  );
}
