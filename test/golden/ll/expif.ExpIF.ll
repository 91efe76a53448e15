; BrainTS kernel for neuron model ExpIF (models/expif.ts:20), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, t_last, I.
; Group-uniform parameters (params): tau, R, V_rest, V_reset, V_rh, DeltaT, V_spike, t_ref.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'ExpIF.cpu'
source_filename = "models/expif.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @ExpIF_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/expif.ts:39  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %tau.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %tau = load double, double* %tau.slot, align 8, !dbg !7
  %R.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %R = load double, double* %R.slot, align 8, !dbg !7
  %V_rest.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %V_rest = load double, double* %V_rest.slot, align 8, !dbg !7
  %V_reset.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %V_reset = load double, double* %V_reset.slot, align 8, !dbg !7
  %V_rh.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %V_rh = load double, double* %V_rh.slot, align 8, !dbg !7
  %DeltaT.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %DeltaT = load double, double* %DeltaT.slot, align 8, !dbg !7
  %V_spike.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %V_spike = load double, double* %V_spike.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/expif.ts:40  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %u1 = fdiv double 1.000000e+00, %dt, !dbg !9
  %0 = fadd double %t_ref, %u0, !dbg !10
  %1 = fmul double %0, %u1, !dbg !10
  %u2 = call double @llvm.trunc.f64(double %1), !dbg !10
  %2 = icmp slt i64 %begin, %end, !dbg !10
  br i1 %2, label %neuron, label %done, !dbg !10

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !10
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !10
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !11
  %t_last = load double, double* %t_last.addr, align 8, !dbg !11
  %3 = fsub double %t, %t_last, !dbg !11
  %4 = fadd double %3, %u0, !dbg !9
  %5 = fmul double %4, %u1, !dbg !9
  %6 = call double @llvm.trunc.f64(double %5), !dbg !9
  %7 = fcmp oge double %6, %u2, !dbg !9
  ; models/expif.ts:41  this.V = step(this.dV, this.V, this.I);
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !12
  %V = load double, double* %V.addr, align 8, !dbg !12
  ; models/expif.ts:36  return (-(V - this.V_rest) + this.DeltaT * Math.exp((V - this.V_rh) / this.DeltaT) + this.R * I) / this.tau;
  %8 = fsub double %V, %V_rest, !dbg !13
  %9 = fneg double %8, !dbg !13
  %10 = fsub double %V, %V_rh, !dbg !14
  %11 = fdiv double %10, %DeltaT, !dbg !15
  %12 = call double @llvm.exp.f64(double %11), !dbg !15
  %13 = fmul double %DeltaT, %12, !dbg !15
  %14 = fadd double %9, %13, !dbg !15
  ; models/expif.ts:41  this.V = step(this.dV, this.V, this.I);
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !16
  %I = load double, double* %I.addr, align 8, !dbg !16
  %15 = fmul double %R, %I, !dbg !16
  %16 = fadd double %14, %15, !dbg !16
  ; models/expif.ts:36  return (-(V - this.V_rest) + this.DeltaT * Math.exp((V - this.V_rh) / this.DeltaT) + this.R * I) / this.tau;
  %17 = fdiv double %16, %tau, !dbg !17
  %18 = fmul double %dt, %17, !dbg !17
  %19 = fadd double %V, %18, !dbg !17
  ; models/expif.ts:42  if (this.V > this.V_spike) {
  %20 = fcmp ogt double %19, %V_spike, !dbg !18
  ; models/expif.ts:43  this.V = this.V_reset;
  %21 = select i1 %20, double %V_reset, double %19, !dbg !19
  ; models/expif.ts:30  @state V = -65; // mV
  %V.next = select i1 %7, double %21, double %V, !dbg !20
  ; models/expif.ts:31  @state t_last = -1e7; // ms, time of the last spike
  %22 = select i1 %20, double %t, double %t_last, !dbg !21
  %t_last.next = select i1 %7, double %22, double %t_last, !dbg !21
  ; models/expif.ts:40  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %spiked1 = and i1 %7, %20, !dbg !22
  ; models/expif.ts:43  this.V = this.V_reset;
  br i1 %7, label %V.store, label %V.stored, !dbg !23

done:                                             ; preds = %t_last.stored, %entry
  ; models/expif.ts:39  update(t: number, dt: number) {
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %23 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %23 to i32, !dbg !7
  ret i32 %result, !dbg !7

V.store:                                          ; preds = %neuron
  ; models/expif.ts:43  this.V = this.V_reset;
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !23
  store double %V.next, double* %V.addr2, align 8, !dbg !23
  br label %V.stored, !dbg !23

V.stored:                                         ; preds = %V.store, %neuron
  %24 = fsub double %V.next, %V.next, !dbg !23
  %25 = bitcast double %24 to i64, !dbg !23
  %V.bad = or i64 0, %25, !dbg !23
  ; models/expif.ts:44  this.t_last = t;
  br i1 %7, label %t_last.store, label %t_last.stored, !dbg !24

t_last.store:                                     ; preds = %V.stored
  %t_last.addr3 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !24
  store double %t_last.next, double* %t_last.addr3, align 8, !dbg !24
  br label %t_last.stored, !dbg !24

t_last.stored:                                    ; preds = %t_last.store, %V.stored
  %26 = fsub double %t_last.next, %t_last.next, !dbg !24
  %27 = bitcast double %26 to i64, !dbg !24
  %t_last.bad = or i64 %V.bad, %27, !dbg !24
  ; models/expif.ts:32  @current I = 0; // nA
  %I.addr4 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !25
  store double 0.000000e+00, double* %I.addr4, align 8, !dbg !25
  ; models/expif.ts:39  update(t: number, dt: number) {
  %spiked.byte = zext i1 %spiked1 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %28 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %28, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "expif.ts", directory: "models")
!4 = distinct !DISubprogram(name: "ExpIF.update", linkageName: "ExpIF_update", scope: !3, file: !3, line: 39, type: !5, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 39, column: 3, scope: !4)
!8 = !DILocation(line: 39, column: 21, scope: !4)
!9 = !DILocation(line: 40, column: 9, scope: !4)
!10 = !DILocation(line: 40, column: 40, scope: !4)
!11 = !DILocation(line: 40, column: 27, scope: !4)
!12 = !DILocation(line: 41, column: 30, scope: !4)
!13 = !DILocation(line: 36, column: 19, scope: !4)
!14 = !DILocation(line: 36, column: 62, scope: !4)
!15 = !DILocation(line: 36, column: 75, scope: !4)
!16 = !DILocation(line: 41, column: 38, scope: !4)
!17 = !DILocation(line: 36, column: 104, scope: !4)
!18 = !DILocation(line: 42, column: 20, scope: !4)
!19 = !DILocation(line: 43, column: 18, scope: !4)
!20 = !DILocation(line: 30, column: 3, scope: !4)
!21 = !DILocation(line: 31, column: 3, scope: !4)
!22 = !DILocation(line: 40, column: 5, scope: !4)
!23 = !DILocation(line: 43, column: 9, scope: !4)
!24 = !DILocation(line: 44, column: 9, scope: !4)
!25 = !DILocation(line: 32, column: 3, scope: !4)
; braints-hash: e78808f2401dd6d33bec87f988e5086be7c70a823c3f32e4ee6230381d222bed
